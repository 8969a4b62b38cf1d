package org.atoll.reference.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.atoll.ConcurrentEditException;
import org.atoll.InvalidRequestException;
import org.atoll.RecordNotFoundException;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.atoll.reference.Carrier;
import org.atoll.reference.Country;
import org.atoll.reference.CountryCode;
import org.atoll.reference.CountryKind;
import org.atoll.reference.DocumentType;
import org.atoll.reference.PortCode;
import org.atoll.reference.PortOfEntry;
import org.atoll.reference.ReferenceData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reference data from an in-memory snapshot: the booth asks for codes on every traveller. The snapshot
 * is rebuilt after an edit here and at most {@link #MAX_AGE_SECONDS} after an edit on another node.
 */
@Service
public class ReferenceDataService implements ReferenceData {

    static final long MAX_AGE_SECONDS = 30;

    private final ReferenceStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private volatile Snapshot snapshot;

    ReferenceDataService(ReferenceStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    private record Snapshot(Instant takenAt, List<Country> countries, List<PortOfEntry> ports, List<Carrier> carriers,
                            List<DocumentType> documentTypes, Map<String, List<Country>> countriesByCode) {
    }

    public void invalidate() {
        snapshot = null;
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null || s.takenAt().plusSeconds(MAX_AGE_SECONDS).isBefore(clock.instant())) {
            s = load();
            snapshot = s;
        }
        return s;
    }

    private Snapshot load() {
        List<Country> countries = store.all(ReferenceKind.COUNTRIES).stream().map(r -> new Country(new CountryCode(r.text("code")),
                nullIfEmpty(r.text("alpha2")), r.text("name"), CountryKind.valueOf(r.text("kind")),
                (LocalDate) r.values().get("valid_from"), (LocalDate) r.values().get("valid_to"), r.version())).toList();
        List<PortOfEntry> ports = store.all(ReferenceKind.PORTS).stream().map(r -> new PortOfEntry(new PortCode(r.text("locode")),
                r.text("name"), new CountryCode(r.text("country")), PortOfEntry.PortType.valueOf(r.text("port_type")),
                nullIfEmpty(r.text("iata_code")), (LocalDate) r.values().get("valid_from"),
                (LocalDate) r.values().get("valid_to"), r.version())).toList();
        List<Carrier> carriers = store.all(ReferenceKind.CARRIERS).stream().map(r -> new Carrier(nullIfEmpty(r.text("iata_code")),
                r.text("icao_code"), r.text("name"), Carrier.TransportMode.valueOf(r.text("mode")),
                r.text("country").isEmpty() ? null : new CountryCode(r.text("country")),
                (LocalDate) r.values().get("valid_from"), (LocalDate) r.values().get("valid_to"), r.version())).toList();
        List<DocumentType> types = store.all(ReferenceKind.DOCUMENT_TYPES).stream().map(r -> new DocumentType(r.text("code"),
                r.text("name"), DocumentType.Category.valueOf(r.text("category")), (LocalDate) r.values().get("valid_from"),
                (LocalDate) r.values().get("valid_to"), r.version())).toList();
        Map<String, List<Country>> byCode = new HashMap<>();
        for (Country c : countries) {
            byCode.computeIfAbsent(c.code().value(), k -> new java.util.ArrayList<>()).add(c);
        }
        return new Snapshot(clock.instant(), countries, ports, carriers, types, byCode);
    }

    @Override
    public List<Country> countries(LocalDate on) {
        return snapshot().countries().stream().filter(c -> c.validOn(on)).toList();
    }

    @Override
    public Optional<Country> country(CountryCode code, LocalDate on) {
        return snapshot().countriesByCode().getOrDefault(code.value(), List.of()).stream().filter(c -> c.validOn(on)).findFirst();
    }

    @Override
    public List<PortOfEntry> ports(LocalDate on) {
        return snapshot().ports().stream().filter(p -> p.validOn(on)).toList();
    }

    @Override
    public Optional<PortOfEntry> port(PortCode code, LocalDate on) {
        return ports(on).stream().filter(p -> p.code().equals(code)).findFirst();
    }

    @Override
    public List<Carrier> carriers(LocalDate on) {
        return snapshot().carriers().stream().filter(c -> c.validOn(on)).toList();
    }

    @Override
    public Optional<Carrier> carrier(String designator, LocalDate on) {
        return carriers(on).stream().filter(c -> c.designatedBy(designator)).findFirst();
    }

    @Override
    public List<DocumentType> documentTypes(LocalDate on) {
        return snapshot().documentTypes().stream().filter(t -> t.validOn(on)).toList();
    }

    // ---- administrators' edits ----

    public List<ReferenceStore.Row> rows(ReferenceKind kind) {
        return store.all(kind);
    }

    public ReferenceStore.Row row(ReferenceKind kind, UUID id) {
        return store.find(kind, id).orElseThrow(() -> new RecordNotFoundException(kind.slug(), id.toString()));
    }

    @Transactional
    public ReferenceStore.Row add(ReferenceKind kind, Map<String, String> raw, String officer) {
        var checked = ReferenceRowRules.check(kind, raw);
        if (checked.problems().isEmpty() && store.exists(kind, checked.values().get(kind.naturalKey()),
                (LocalDate) checked.values().get("valid_from"))) {
            throw InvalidRequestException.field(kind.naturalKey(), "A row with this code and valid-from date exists already.");
        }
        reject(checked);
        UUID id = store.insert(kind, checked.values(), officer);
        audit.record(AuditEvent.succeeded("REFERENCE_ADDED", kind.slug(), String.valueOf(checked.values().get(kind.naturalKey()))));
        invalidate();
        return row(kind, id);
    }

    @Transactional
    public ReferenceStore.Row change(ReferenceKind kind, UUID id, Map<String, String> raw, Integer version, String officer) {
        ReferenceStore.Row current = row(kind, id);
        var checked = ReferenceRowRules.check(kind, raw);
        reject(checked);
        if (version == null) {
            throw InvalidRequestException.field("version", "Send the version you read, so that concurrent edits are detected.");
        }
        if (version != current.version() || !store.update(kind, id, checked.values(), officer, version)) {
            throw new ConcurrentEditException(kind.slug(), id.toString(), current.version());
        }
        audit.record(AuditEvent.succeeded("REFERENCE_CHANGED", kind.slug(), String.valueOf(checked.values().get(kind.naturalKey())))
                .withDetails("before: " + current.values() + " after: " + checked.values()));
        invalidate();
        return row(kind, id);
    }

    private static void reject(ReferenceRowRules.Checked checked) {
        if (!checked.problems().isEmpty()) {
            throw new InvalidRequestException("The row is not valid: " + checked.problems().get(0).message(), checked.problems());
        }
    }

    private static String nullIfEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
