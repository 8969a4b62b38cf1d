package org.atoll.access;

import java.util.Set;

/**
 * One item of the navigation, contributed by the module that owns the page. Shown to officers
 * holding any of {@code roles} (empty: every officer). {@code labelKey} is a message key.
 */
public record MenuEntry(String section, int order, String labelKey, String path, Set<Role> roles) {

    public MenuEntry {
        roles = Set.copyOf(roles);
    }

    public boolean visibleTo(OfficerIdentity officer) {
        return roles.isEmpty() || roles.stream().anyMatch(officer::has);
    }
}
