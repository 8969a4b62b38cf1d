package org.atoll.access.internal;

import java.time.Clock;
import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class OfficerDetailsService implements UserDetailsService {

    private final OfficerRepository officers;
    private final Clock clock;

    OfficerDetailsService(OfficerRepository officers, Clock clock) {
        this.officers = officers;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String key = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return officers.findByUsername(key)
                .map(o -> new OfficerPrincipal(o.identity(), o.passwordHash(), o.enabled(), o.lockedAt(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
