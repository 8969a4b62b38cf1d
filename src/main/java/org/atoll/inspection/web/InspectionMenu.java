package org.atoll.inspection.web;

import java.util.List;
import java.util.Set;

import org.atoll.access.MenuContributor;
import org.atoll.access.MenuEntry;
import org.atoll.access.Role;
import org.springframework.stereotype.Component;

@Component
class InspectionMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("border", 50, "menu.booth", "/inspections/booth",
                        Set.of(Role.PRIMARY_OFFICER, Role.SECONDARY_OFFICER, Role.SUPERVISOR)),
                new MenuEntry("border", 60, "menu.referrals", "/inspections/referrals", Set.of(Role.SECONDARY_OFFICER, Role.SUPERVISOR)),
                new MenuEntry("border", 70, "menu.overrides", "/inspections/overrides", Set.of(Role.SUPERVISOR)));
    }
}
