package org.atoll.manifest.web;

import java.util.List;
import java.util.Set;
import org.atoll.access.MenuContributor;
import org.atoll.access.MenuEntry;
import org.atoll.access.Role;
import org.springframework.stereotype.Component;

@Component
class ManifestMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("flights", 200, "menu.flights", "/flights", Set.of()),
                new MenuEntry("flights", 210, "menu.carrierCompliance", "/carrier-compliance",
                        Set.of(Role.SUPERVISOR, Role.ANALYST, Role.ADMINISTRATOR)),
                new MenuEntry("flights", 220, "menu.iapiAnswers", "/iapi-answers",
                        Set.of(Role.PRIMARY_OFFICER, Role.SECONDARY_OFFICER, Role.SUPERVISOR, Role.ALERT_MANAGER,
                                Role.ANALYST, Role.ADMINISTRATOR)));
    }
}
