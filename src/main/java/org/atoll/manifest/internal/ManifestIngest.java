package org.atoll.manifest.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.atoll.access.ApiClientIdentity;
import org.atoll.access.ApiScope;
import org.atoll.access.CurrentOfficer;
import org.atoll.access.OfficerIdentity;
import org.atoll.access.Role;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.atoll.manifest.FlightLeg;
import org.atoll.manifest.ManifestIssue;
import org.atoll.manifest.ManifestReceived;
import org.atoll.manifest.MessageFunction;
import org.atoll.manifest.ParsedManifest;
import org.atoll.manifest.csv.ManifestCsvParser;
import org.atoll.manifest.internal.ManifestStore.StoredManifest;
import org.atoll.manifest.paxlst.PaxlstParser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives a manifest: parses it, checks that the sender may report for its carrier, stores it once
 * (same interchange reference and content → the first one), supersedes the flight's current manifest
 * for a replacement or cancellation, records the audit entry and announces {@link ManifestReceived}.
 */
@Service
public class ManifestIngest {

    public enum Format { PAXLST, CSV, XLSX }

    /** The stored manifest, and whether it was stored now (false: the same message had been received). */
    public record Outcome(StoredManifest manifest, boolean created) {
    }

    /** Who sees the persons on a manifest; everyone else sees only flight counts. */
    private static final Role[] PERSON_DATA_ROLES = {Role.PRIMARY_OFFICER, Role.SECONDARY_OFFICER, Role.SUPERVISOR,
            Role.ALERT_MANAGER, Role.ANALYST, Role.ADMINISTRATOR};

    private final PaxlstParser paxlst = new PaxlstParser();
    private final ManifestCsvParser csv = new ManifestCsvParser();
    private final org.atoll.manifest.csv.SpreadsheetManifestReader spreadsheet = new org.atoll.manifest.csv.SpreadsheetManifestReader();
    private final ManifestStore store;
    private final CurrentOfficer current;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ManifestIngest(ManifestStore store, CurrentOfficer current, AuditTrail audit, ApplicationEventPublisher events,
                   Clock clock) {
        this.store = store;
        this.current = current;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Outcome receive(Format format, byte[] body) throws org.springframework.web.HttpMediaTypeNotSupportedException {
        requireMaySubmit();
        if (format == null) {
            throw new org.springframework.web.HttpMediaTypeNotSupportedException(
                    "Send Content-Type application/edifact (PAXLST), text/csv or "
                            + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (XLSX)");
        }
        ParsedManifest parsed = parse(format, body);
        requireCarrier(parsed.carrier(), ApiScope.MANIFEST_SUBMIT);
        return store(parsed, body, who(), null);
    }

    /**
     * A manifest file dropped in the watched folder of {@code carrier} (the SFTP server lets each carrier write
     * only into its own folder): stored exactly like one sent through the API, received by
     * {@code inbox:<carrier>}. A manifest of another carrier is refused ({@link WrongCarrierException}).
     */
    @Transactional
    public Outcome receiveFromInbox(Format format, byte[] body, String carrier) {
        ParsedManifest parsed = parse(format, body);
        if (parsed.carrier() == null || !parsed.carrier().trim().equalsIgnoreCase(carrier.trim())) {
            throw new WrongCarrierException("The manifest is for carrier " + parsed.carrier()
                    + ", but this folder receives manifests for carrier " + carrier);
        }
        String sender = "inbox:" + carrier;
        return store(parsed, body, sender, new org.atoll.audit.AuditActor(sender, null));
    }

    /** A file in a carrier's watched folder names another carrier. */
    public static class WrongCarrierException extends RuntimeException {
        public WrongCarrierException(String message) {
            super(message);
        }
    }

    private ParsedManifest parse(Format format, byte[] body) {
        return switch (format) {
            case PAXLST -> paxlst.parse(body);
            case CSV -> csv.parse(body);
            case XLSX -> spreadsheet.parse(body);
        };
    }

    /** Stores a parsed manifest once; {@code actor} null: the caller of the current request. */
    private Outcome store(ParsedManifest parsed, byte[] body, String receivedBy, org.atoll.audit.AuditActor actor) {
        String hash = sha256(body);
        String reference = parsed.interchangeReference() == null || parsed.interchangeReference().isBlank()
                ? "SHA-" + hash.substring(0, 16) : parsed.interchangeReference().trim();
        var existing = store.findByContent(reference, hash);
        if (existing.isPresent()) {
            return new Outcome(existing.get(), false);
        }
        FlightLeg first = parsed.legs().get(0);
        FlightLeg last = parsed.legs().get(parsed.legs().size() - 1);
        LocalDate flightDate = first.departure() != null ? first.departure().toLocalDate()
                : last.arrival() != null ? last.arrival().toLocalDate() : null;
        var previous = last.flightNumber() == null ? java.util.Optional.<StoredManifest>empty()
                : store.findCurrent(parsed.carrier(), last.flightNumber(), flightDate);
        boolean multipart = parsed.part() > 1 || !parsed.lastPart();
        if (multipart && previous.isPresent() && parsed.function() != MessageFunction.CANCELLATION
                && "CURRENT".equals(previous.get().status())) {
            var parts = store.parts(previous.get().id());
            if (parts.isPresent() && !parts.get().complete() && !parts.get().received().contains(parsed.part())) {
                return merge(previous.get(), parsed, reference, hash, actor);
            }
        }
        UUID replaces = null;
        if (previous.isPresent() && parsed.function() != MessageFunction.ORIGINAL) {
            replaces = previous.get().id();
            store.markSuperseded(replaces);
        } else if (previous.isPresent()) {
            // a second "original" for the same flight also replaces it: carriers resend whole lists
            replaces = previous.get().id();
            store.markSuperseded(replaces);
        }
        StoredManifest stored = new StoredManifest(UUID.randomUUID(), parsed.format(), parsed.kind().name(),
                parsed.function().name(), reference, parsed.carrier(), last.flightNumber(), flightDate,
                first.departurePort(), first.departure(), last.arrivalPort(), last.arrival(),
                (int) parsed.passengers(), (int) parsed.crew(),
                parsed.warnings().stream().map(ManifestIssue::toString).toList(),
                parsed.function() == MessageFunction.CANCELLATION ? "CANCELLED" : "CURRENT", replaces, clock.instant());
        store.insert(stored, hash, receivedBy);
        store.insertPersons(stored.id(), parsed.persons());
        if (multipart) {
            store.insertPart(stored.id(), parsed.part(), parsed.lastPart(), reference, hash, clock.instant());
        }
        audit(actor, AuditEvent.succeeded("MANIFEST_RECEIVED", "manifest", stored.id().toString())
                .withDetails(parsed.format() + " " + parsed.carrier() + " " + last.flightNumber() + " "
                        + parsed.function() + ", " + stored.passengers() + " passengers, " + stored.crew() + " crew"));
        events.publishEvent(new ManifestReceived(stored.id(), stored.carrier(), stored.flightNumber(), flightDate,
                stored.passengers(), stored.crew()));
        return new Outcome(stored, true);
    }

    /** A further part of a multi-part list: its persons join the flight's manifest, numbered after the others. */
    private Outcome merge(StoredManifest manifest, ParsedManifest part, String reference, String hash,
                          org.atoll.audit.AuditActor actor) {
        store.insertPersons(manifest.id(), part.persons(), store.personCount(manifest.id()));
        store.insertPart(manifest.id(), part.part(), part.lastPart(), reference, hash, clock.instant());
        store.addToManifest(manifest.id(), (int) part.passengers(), (int) part.crew(),
                part.warnings().stream().map(w -> "part " + part.part() + ": " + w).toList());
        StoredManifest merged = store.find(manifest.id()).orElseThrow();
        audit(actor, AuditEvent.succeeded("MANIFEST_PART_MERGED", "manifest", manifest.id().toString())
                .withDetails("part " + part.part() + (part.lastPart() ? " (final)" : "") + ", " + part.passengers()
                        + " passengers, " + part.crew() + " crew"));
        events.publishEvent(new ManifestReceived(merged.id(), merged.carrier(), merged.flightNumber(), merged.flightDate(),
                merged.passengers(), merged.crew()));
        return new Outcome(merged, true);
    }

    private void audit(org.atoll.audit.AuditActor actor, AuditEvent event) {
        if (actor == null) {
            audit.record(event);
        } else {
            audit.record(actor, event);
        }
    }

    /** The parts received of a multi-part manifest (empty for a single message). */
    public java.util.Optional<ManifestStore.Parts> parts(UUID id) {
        return store.parts(id);
    }

    /** The manifest, if the caller may read it: officers any, carrier clients only their own. */
    public StoredManifest read(UUID id) {
        var officer = current.officer();
        if (officer.isPresent() && !officer.get().hasAny(PERSON_DATA_ROLES)) {
            throw new AccessDeniedException("Your role does not see travellers' personal data");
        }
        StoredManifest m = store.find(id).orElseThrow(() -> new org.atoll.RecordNotFoundException("manifest", id.toString()));
        if (officer.isEmpty()) {
            requireCarrier(m.carrier(), ApiScope.MANIFEST_READ);
        }
        return m;
    }

    /** The persons of a manifest; a carrier sees what it sent, never the authority's screening. */
    public List<ManifestStore.StoredPerson> persons(UUID id) {
        List<ManifestStore.StoredPerson> persons = store.persons(id);
        return current.officer().isPresent() ? persons
                : persons.stream().map(ManifestStore.StoredPerson::forCarrier).toList();
    }

    public List<StoredManifest> history(UUID id) {
        return store.history(id);
    }

    /** Flights due at or leaving a port on a day; carrier clients see only their own carrier's. */
    public List<StoredManifest> flights(LocalDate date, String port) {
        String carrier = null;
        if (current.officer().isEmpty()) {
            ApiClientIdentity client = current.apiClient().orElseThrow(() -> new AccessDeniedException("No caller"));
            if (!client.may(ApiScope.MANIFEST_READ)) {
                throw new AccessDeniedException("The token does not allow reading manifests");
            }
            carrier = client.carrierCode();
        }
        return store.flights(date, ports(port), carrier);
    }

    /** A UN/LOCODE such as PWROR also finds messages that name the airport by its IATA code (ROR). */
    static List<String> ports(String port) {
        String p = port.trim().toUpperCase(Locale.ROOT);
        return p.length() == 5 ? List.of(p, p.substring(2)) : List.of(p);
    }

    private void requireMaySubmit() {
        var officer = current.officer();
        if (officer.isPresent()) {
            if (!(officer.get().roles().contains(Role.ADMINISTRATOR) || officer.get().roles().contains(Role.SUPERVISOR))) {
                throw new AccessDeniedException("Only supervisors and administrators submit manifests by hand");
            }
            return;
        }
        ApiClientIdentity client = current.apiClient().orElseThrow(() -> new AccessDeniedException("No caller"));
        if (!client.may(ApiScope.MANIFEST_SUBMIT)) {
            throw new AccessDeniedException("The token does not allow submitting manifests");
        }
    }

    private void requireCarrier(String carrier, ApiScope scope) {
        if (current.officer().isPresent()) {
            return;
        }
        ApiClientIdentity client = current.apiClient().orElseThrow(() -> new AccessDeniedException("No caller"));
        if (!client.may(scope) || client.carrierCode() == null || carrier == null
                || !client.carrierCode().trim().equalsIgnoreCase(carrier.trim())) {
            throw new AccessDeniedException("This token reports for carrier " + client.carrierCode()
                    + ", not for " + carrier);
        }
    }

    private String who() {
        return current.officer().map(o -> "officer:" + o.username())
                .or(() -> current.apiClient().map(c -> "client:" + c.name())).orElse("unknown");
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
