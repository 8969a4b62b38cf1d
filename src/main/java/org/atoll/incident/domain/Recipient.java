package org.atoll.incident.domain;

import org.atoll.access.AgencyCode;
import org.atoll.access.OfficerIdentity;

/** Who a report was disseminated to: a whole agency or one named officer (with their agency). */
public record Recipient(AgencyCode agency, String officer) {

    public static Recipient agency(AgencyCode agency) {
        return new Recipient(agency, null);
    }

    public static Recipient officer(String username, AgencyCode agency) {
        return new Recipient(agency, username);
    }

    public boolean includes(OfficerIdentity o) {
        return officer == null ? agency.equals(o.agency()) : officer.equals(o.username());
    }
}
