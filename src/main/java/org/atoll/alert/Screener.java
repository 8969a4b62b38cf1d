package org.atoll.alert;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.atoll.access.AgencyCode;
import org.atoll.access.OfficerIdentity;
import org.atoll.access.Role;

/**
 * Who screens: an officer of an agency (what they see follows their agency's need-to-know), or a
 * process acting for an agency (manifest screening before arrival), recorded under its name.
 */
public record Screener(String name, Optional<AgencyCode> agency, Set<Role> roles) {

    public Screener {
        Objects.requireNonNull(name, "name");
        agency = agency == null ? Optional.empty() : agency;
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static Screener officer(OfficerIdentity officer) {
        return new Screener(officer.username(), Optional.of(officer.agency()), officer.roles());
    }

    /** A background process (e.g. {@code "manifest-screening"}) acting for an agency. */
    public static Screener process(String name, AgencyCode agency) {
        return new Screener(name, Optional.of(agency), Set.of());
    }
}
