package org.atoll.access.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.atoll.access.OfficerIdentity;
import org.atoll.access.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated officer inside Spring Security. Every officer also holds ROLE_OFFICER. */
public record OfficerPrincipal(OfficerIdentity identity, String passwordHash, boolean enabled, boolean locked)
        implements UserDetails {

    public static final String OFFICER_AUTHORITY = "ROLE_OFFICER";

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(OFFICER_AUTHORITY));
        for (Role role : identity.roles()) {
            authorities.add(new SimpleGrantedAuthority(role.authority()));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return identity.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
