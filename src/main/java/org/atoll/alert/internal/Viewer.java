package org.atoll.alert.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.atoll.access.AgencyCode;
import org.atoll.access.CurrentOfficer;
import org.atoll.access.Role;
import org.atoll.alert.model.AlertContent;
import org.atoll.alert.model.NeedToKnow;

/** Who is asking: an officer of an agency with roles, or a machine client (no agency, no roles). */
public record Viewer(String name, Optional<AgencyCode> agency, Set<Role> roles) {

    public Viewer {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Viewer current(CurrentOfficer current) {
        var officer = current.officer();
        if (officer.isPresent()) {
            return new Viewer(officer.get().username(), Optional.of(officer.get().agency()), officer.get().roles());
        }
        return current.apiClient().map(c -> new Viewer("client:" + c.name(), Optional.<AgencyCode>empty(), Set.<Role>of()))
                .orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }

    public NeedToKnow.View viewOf(AlertContent content) {
        return NeedToKnow.viewOf(content.owningAgency(), content.sharing(), agency);
    }

    public boolean mayRead(AlertContent content) {
        return viewOf(content) == NeedToKnow.View.FULL;
    }

    /** Alert managers edit the alerts their own agency owns. */
    public boolean manages(AlertContent content) {
        return roles.contains(Role.ALERT_MANAGER) && agency.map(content.owningAgency()::equals).orElse(false);
    }

    public String agencyCode() {
        return agency.map(AgencyCode::value).orElse(null);
    }
}
