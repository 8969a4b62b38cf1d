package org.atoll.access;

import java.util.Set;

/** The signed-in officer as other modules see them. */
public record OfficerIdentity(String username, String fullName, AgencyCode agency, Set<Role> roles) {

    public OfficerIdentity {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }
}
