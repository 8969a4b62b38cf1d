package org.atoll.reference.web;

import java.util.List;
import java.util.Set;

import org.atoll.access.MenuContributor;
import org.atoll.access.MenuEntry;
import org.atoll.access.Role;
import org.springframework.stereotype.Component;

@Component
class ReferenceMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("administration", 930, "menu.reference", "/admin/reference", Set.of(Role.ADMINISTRATOR)));
    }
}
