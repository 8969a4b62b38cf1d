package org.atoll.statistics.web;

import java.util.List;
import java.util.Set;

import org.atoll.access.MenuContributor;
import org.atoll.access.MenuEntry;
import org.atoll.access.Role;
import org.springframework.stereotype.Component;

/** The statistics page in the navigation: for statisticians, supervisors and administrators. */
@Component
class StatisticsMenu implements MenuContributor {

    static final Set<Role> READERS = Set.of(Role.STATISTICIAN, Role.SUPERVISOR, Role.ADMINISTRATOR);

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("statistics", 900, "menu.statistics", "/statistics", READERS));
    }
}
