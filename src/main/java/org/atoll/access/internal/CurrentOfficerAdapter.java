package org.atoll.access.internal;

import java.util.Optional;

import org.atoll.access.ApiClientIdentity;
import org.atoll.access.CurrentOfficer;
import org.atoll.access.OfficerIdentity;
import org.atoll.audit.AuditActor;
import org.atoll.audit.AuditActorResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

@Component
class CurrentOfficerAdapter implements CurrentOfficer, AuditActorResolver {

    @Override
    public Optional<OfficerIdentity> officer() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof OfficerPrincipal principal) {
            return Optional.of(principal.identity());
        }
        return Optional.empty();
    }

    @Override
    public Optional<ApiClientIdentity> apiClient() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ApiClientIdentity client) {
            return Optional.of(client);
        }
        return Optional.empty();
    }

    @Override
    public AuditActor currentActor() {
        var officer = officer();
        if (officer.isPresent()) {
            return new AuditActor(officer.get().username(), officer.get().agency().value());
        }
        return apiClient().map(c -> new AuditActor("client:" + c.name(), null)).orElse(AuditActor.SYSTEM);
    }
}
