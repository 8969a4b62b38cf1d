package org.atoll.incident.domain;

import org.atoll.access.OfficerIdentity;

/**
 * Need-to-know for incidents: officers of the lead and participating agencies, and the reporting
 * officer, see an incident. Everyone else is told it does not exist.
 */
public final class IncidentVisibility {

    public boolean canSee(OfficerIdentity officer, Incident incident) {
        return incident.reportedBy().equals(officer.username()) || incident.agencies().contains(officer.agency());
    }
}
