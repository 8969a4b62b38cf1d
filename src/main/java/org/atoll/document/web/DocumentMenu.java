package org.atoll.document.web;

import java.util.List;
import java.util.Set;

import org.atoll.access.MenuContributor;
import org.atoll.access.MenuEntry;
import org.springframework.stereotype.Component;

@Component
class DocumentMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("documents", 100, "menu.documents", "/documents", Set.of()));
    }
}
