package org.atoll.access.internal;

import java.util.List;

import org.atoll.access.Agencies;
import org.springframework.stereotype.Component;

@Component
class AgenciesAdapter implements Agencies {

    private final AgencyRepository agencies;

    AgenciesAdapter(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    @Override
    public List<AgencySummary> all() {
        return agencies.findAll().stream().map(a -> new AgencySummary(a.code(), a.name(), a.active())).toList();
    }
}
