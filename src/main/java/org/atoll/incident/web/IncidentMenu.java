package org.atoll.incident.web;

import java.util.List;
import java.util.Set;

import org.atoll.access.MenuContributor;
import org.atoll.access.MenuEntry;
import org.springframework.stereotype.Component;

@Component
class IncidentMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("intelligence", 800, "menu.incidents", "/incidents", Set.of()),
                new MenuEntry("intelligence", 810, "menu.intelligence", "/intelligence", Set.of()));
    }
}
