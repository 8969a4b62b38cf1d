package org.atoll.visa.web;

import java.util.List;
import java.util.Set;

import org.atoll.access.MenuContributor;
import org.atoll.access.MenuEntry;
import org.atoll.access.Role;
import org.springframework.stereotype.Component;

@Component
class VisaMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("visas", 200, "menu.visaQueue", "/visas", Set.of(Role.VISA_OFFICER, Role.SUPERVISOR)),
                new MenuEntry("visas", 201, "menu.visaLookup", "/visas/lookup", Set.of(Role.VISA_OFFICER, Role.SUPERVISOR)));
    }
}
