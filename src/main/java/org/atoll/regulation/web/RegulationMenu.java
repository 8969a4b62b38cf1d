package org.atoll.regulation.web;

import java.util.List;
import java.util.Set;

import org.atoll.access.MenuContributor;
import org.atoll.access.MenuEntry;
import org.atoll.access.Role;
import org.springframework.stereotype.Component;

@Component
class RegulationMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("administration", 925, "menu.regulations", "/admin/regulations", Set.of(Role.ADMINISTRATOR)));
    }
}
