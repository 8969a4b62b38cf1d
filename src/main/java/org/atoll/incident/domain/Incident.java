package org.atoll.incident.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.atoll.access.AgencyCode;
import org.atoll.incident.IncidentId;
import org.atoll.reference.PortCode;

/** An incident as reported and worked on. Immutable; every change returns the next state. */
public record Incident(IncidentId id, IncidentTypeCode type, Instant occurredAt, PortCode port, String place,
                       String reportedBy, AgencyCode reportingAgency, String description, Severity severity,
                       IncidentStatus status, AgencyCode leadAgency, Set<AgencyCode> participatingAgencies,
                       Instant reportedAt, long version) {

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(reportedBy, "reportedBy");
        Objects.requireNonNull(reportingAgency, "reportingAgency");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(leadAgency, "leadAgency");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("An incident needs a description");
        }
        place = place == null || place.isBlank() ? null : place.trim();
        Set<AgencyCode> others = new LinkedHashSet<>(participatingAgencies == null ? Set.of() : participatingAgencies);
        others.remove(leadAgency);
        participatingAgencies = Set.copyOf(others);
    }

    public static Incident report(IncidentId id, IncidentTypeCode type, Instant occurredAt, PortCode port, String place,
                                  String reportedBy, AgencyCode reportingAgency, String description, Severity severity,
                                  AgencyCode leadAgency, Set<AgencyCode> participating, Instant reportedAt) {
        if (occurredAt.isAfter(reportedAt)) {
            throw new IllegalArgumentException("An incident cannot have happened after it was reported");
        }
        return new Incident(id, type, occurredAt, port, place, reportedBy, reportingAgency, description, severity,
                IncidentStatus.REPORTED, leadAgency == null ? reportingAgency : leadAgency, participating, reportedAt, 0);
    }

    public Incident withStatus(IncidentStatus next) {
        return new Incident(id, type, occurredAt, port, place, reportedBy, reportingAgency, description, severity,
                next, leadAgency, participatingAgencies, reportedAt, version);
    }

    public Incident withDetails(IncidentTypeCode newType, Instant newOccurredAt, PortCode newPort, String newPlace,
                                String newDescription, Severity newSeverity, AgencyCode newLead,
                                Set<AgencyCode> newParticipating) {
        return new Incident(id, newType, newOccurredAt, newPort, newPlace, reportedBy, reportingAgency, newDescription,
                newSeverity, status, newLead, newParticipating, reportedAt, version);
    }

    /** Every agency working on the incident: the lead and the participants. */
    public Set<AgencyCode> agencies() {
        Set<AgencyCode> all = new LinkedHashSet<>();
        all.add(leadAgency);
        all.addAll(participatingAgencies);
        return all;
    }
}
