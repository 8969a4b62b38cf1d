package org.atoll.alert.web;

import java.util.List;
import java.util.Set;

import org.atoll.access.MenuContributor;
import org.atoll.access.MenuEntry;
import org.atoll.access.Role;
import org.springframework.stereotype.Component;

@Component
class AlertMenu implements MenuContributor {

    static final Set<Role> READERS = Set.of(Role.PRIMARY_OFFICER, Role.SECONDARY_OFFICER, Role.SUPERVISOR, Role.VISA_OFFICER,
            Role.ALERT_MANAGER, Role.ANALYST, Role.LABOUR_OFFICER);
    static final Set<Role> SCREENERS = Set.of(Role.PRIMARY_OFFICER, Role.SECONDARY_OFFICER, Role.SUPERVISOR, Role.VISA_OFFICER,
            Role.ALERT_MANAGER, Role.ANALYST);
    static final Set<Role> ADJUDICATORS = Set.of(Role.SECONDARY_OFFICER, Role.SUPERVISOR, Role.ALERT_MANAGER);
    static final Set<Role> MANAGERS = Set.of(Role.ALERT_MANAGER);
    static final Set<Role> NOTIFIED = Set.of(Role.ALERT_MANAGER, Role.SUPERVISOR, Role.ANALYST);

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("alerts", 300, "menu.alerts", "/alerts", READERS),
                new MenuEntry("alerts", 310, "menu.alertScreening", "/alerts/screen", SCREENERS),
                new MenuEntry("alerts", 320, "menu.hits", "/alerts/hits", ADJUDICATORS),
                new MenuEntry("alerts", 330, "menu.alertReview", "/alerts/review", MANAGERS),
                new MenuEntry("alerts", 340, "menu.alertImport", "/alerts/import", MANAGERS),
                new MenuEntry("alerts", 350, "menu.alertNotifications", "/alerts/notifications", NOTIFIED));
    }
}
