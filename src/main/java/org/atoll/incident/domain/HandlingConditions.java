package org.atoll.incident.domain;

import java.util.Set;

import org.atoll.access.AgencyCode;

/**
 * Who may receive a report ({@code permittedAgencies}; empty: any agency the originator chooses),
 * whether recipients may pass it on, and a sanitised summary that may be released more widely.
 */
public record HandlingConditions(Set<AgencyCode> permittedAgencies, boolean mayBePassedOn, String sanitisedSummary) {

    public HandlingConditions {
        permittedAgencies = permittedAgencies == null ? Set.of() : Set.copyOf(permittedAgencies);
        sanitisedSummary = sanitisedSummary == null || sanitisedSummary.isBlank() ? null : sanitisedSummary.trim();
    }

    public boolean permits(AgencyCode agency) {
        return permittedAgencies.isEmpty() || permittedAgencies.contains(agency);
    }
}
