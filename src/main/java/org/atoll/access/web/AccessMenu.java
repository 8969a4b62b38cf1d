package org.atoll.access.web;

import java.util.List;
import java.util.Set;

import org.atoll.access.MenuContributor;
import org.atoll.access.MenuEntry;
import org.atoll.access.Role;
import org.springframework.stereotype.Component;

@Component
class AccessMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        Set<Role> admin = Set.of(Role.ADMINISTRATOR);
        return List.of(
                new MenuEntry("administration", 900, "menu.officers", "/admin/officers", admin),
                new MenuEntry("administration", 910, "menu.agencies", "/admin/agencies", admin),
                new MenuEntry("administration", 920, "menu.apiClients", "/admin/api-clients", admin),
                new MenuEntry("administration", 940, "menu.audit", "/admin/audit", admin),
                new MenuEntry("administration", 950, "menu.apiDocs", "/swagger-ui.html", admin));
    }
}
