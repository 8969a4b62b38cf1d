package org.atoll.access.internal;

import java.time.Clock;
import java.util.Locale;

import org.atoll.audit.AuditActor;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins and locks an account after {@code atoll.security.max-failed-sign-ins} in a row,
 * for {@code lock-duration}. Every attempt, good or bad, is audited.
 */
@Component
class SignInAttempts {

    private final OfficerRepository officers;
    private final AccessProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    SignInAttempts(OfficerRepository officers, AccessProperties properties, AuditTrail audit, Clock clock) {
        this.officers = officers;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken
                && event.getAuthentication().getPrincipal() instanceof OfficerPrincipal officer) {
            officers.recordSuccessfulSignIn(officer.getUsername());
            audit.record(new AuditActor(officer.getUsername(), officer.identity().agency().value()),
                    AuditEvent.succeeded("SIGN_IN", "officer", officer.getUsername()));
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String attempted = String.valueOf(event.getAuthentication().getName()).trim().toLowerCase(Locale.ROOT);
        if (attempted.length() > 60) {
            attempted = attempted.substring(0, 60);
        }
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            officers.recordFailedSignIn(attempted, properties.maxFailedSignIns(),
                    clock.instant().plus(properties.lockDuration()));
        }
        audit.record(new AuditActor(attempted, null), AuditEvent.failed("SIGN_IN", "officer", attempted)
                .withDetails(event.getException().getClass().getSimpleName()));
    }
}
