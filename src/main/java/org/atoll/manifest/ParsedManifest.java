package org.atoll.manifest;

import java.util.List;

/**
 * A manifest as read from one interchange or file. {@code part} and {@code lastPart} come from a
 * multi-part PAXLST (UNH sequence of transfers); single messages are part 1 and last.
 * Declared counts are the CNT segments (null when absent).
 */
public record ParsedManifest(String format, String interchangeReference, String messageReference, ManifestKind kind,
                             MessageFunction function, int part, boolean lastPart, String carrier,
                             List<FlightLeg> legs, List<ManifestPerson> persons, Integer declaredPassengers,
                             Integer declaredCrew, List<ManifestIssue> warnings) {

    public ParsedManifest {
        legs = List.copyOf(legs);
        persons = List.copyOf(persons);
        warnings = List.copyOf(warnings);
    }

    public long count(PersonRole role) {
        return persons.stream().filter(p -> p.role() == role).count();
    }

    public long passengers() {
        return persons.stream().filter(p -> p.role() != PersonRole.CREW).count();
    }

    public long crew() {
        return count(PersonRole.CREW);
    }

    public String flightNumber() {
        return legs.isEmpty() ? null : legs.get(legs.size() - 1).flightNumber();
    }
}
