package org.atoll.manifest.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.atoll.manifest.internal.ManifestStore.FlightPerson;
import org.atoll.manifest.internal.ManifestStore.StoredManifest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The arrival board of a port for a day: the flights due with their screening counts, the persons to
 * refer at the booth with the reasons, and the persons expected to need a visa they do not hold.
 * Reading it is audited: it shows what screening found about named travellers.
 */
@Service
public class ArrivalBoard {

    /** A flight due, with how many of its persons ended in each screening status. */
    public record DueFlight(StoredManifest manifest, Map<String, Integer> screening) {

        public int count(String status) {
            return screening.getOrDefault(status, 0);
        }
    }

    public record Board(String port, LocalDate date, List<DueFlight> flights, List<FlightPerson> toRefer,
                        List<FlightPerson> visaNeeded) {
    }

    private final ManifestStore store;
    private final AuditTrail audit;

    ArrivalBoard(ManifestStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    @Transactional
    public Board board(String port, LocalDate date) {
        String p = port.trim().toUpperCase(java.util.Locale.ROOT);
        List<String> ports = ManifestIngest.ports(p);
        List<StoredManifest> arrivals = store.flights(date, ports, null).stream()
                .filter(m -> m.arrivalPort() != null && ports.contains(m.arrivalPort()) && m.arrivalTime() != null
                        && m.arrivalTime().toLocalDate().equals(date))
                .sorted(Comparator.comparing(StoredManifest::arrivalTime, Comparator.nullsLast(LocalDateTime::compareTo)))
                .toList();
        Map<UUID, Map<String, Integer>> counts = store.screeningCounts(arrivals.stream().map(StoredManifest::id).toList());
        List<DueFlight> flights = arrivals.stream()
                .map(m -> new DueFlight(m, counts.getOrDefault(m.id(), Map.of()))).toList();
        List<FlightPerson> noted = store.personsOfNote(date, ports);
        List<FlightPerson> toRefer = noted.stream()
                .filter(f -> "REFER".equals(f.person().screeningStatus()) || "ERROR".equals(f.person().screeningStatus()))
                .toList();
        List<FlightPerson> visaNeeded = noted.stream().filter(f -> f.person().visaNeeded()).toList();
        audit.record(AuditEvent.succeeded("ARRIVAL_BOARD_READ", "port", p)
                .withDetails(date + ": " + flights.size() + " flights, " + toRefer.size() + " to refer, "
                        + visaNeeded.size() + " expected to need a visa"));
        return new Board(p, date, flights, toRefer, visaNeeded);
    }
}
