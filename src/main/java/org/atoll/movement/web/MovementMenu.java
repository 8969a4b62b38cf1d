package org.atoll.movement.web;

import java.util.List;
import java.util.Set;

import org.atoll.access.MenuContributor;
import org.atoll.access.MenuEntry;
import org.atoll.access.Role;
import org.springframework.stereotype.Component;

/** The movement record's pages in the navigation: for the officers who may read movements. */
@Component
class MovementMenu implements MenuContributor {

    static final Set<Role> READERS = Set.of(Role.PRIMARY_OFFICER, Role.SECONDARY_OFFICER, Role.SUPERVISOR, Role.ANALYST);

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("movements", 400, "menu.overstays", "/movements/overstays", READERS),
                new MenuEntry("movements", 410, "menu.expectedDepartures", "/movements/departures", READERS),
                new MenuEntry("movements", 420, "menu.travellers", "/movements/travellers", READERS),
                new MenuEntry("movements", 430, "menu.stayCalculator", "/movements/stay-calculator", READERS));
    }
}
