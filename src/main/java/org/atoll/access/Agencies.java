package org.atoll.access;

import java.util.List;

/** The agencies officers belong to, for modules that share records between agencies (alerts, intelligence). */
public interface Agencies {

    record AgencySummary(AgencyCode code, String name, boolean active) {
    }

    List<AgencySummary> all();

    default boolean isActive(AgencyCode code) {
        return all().stream().anyMatch(a -> a.active() && a.code().equals(code));
    }
}
