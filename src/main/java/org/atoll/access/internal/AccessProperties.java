package org.atoll.access.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("atoll.security")
public record AccessProperties(Duration officerTokenTtl, int maxFailedSignIns, Duration lockDuration,
                               int minPasswordLength) {

    public AccessProperties {
        officerTokenTtl = officerTokenTtl == null ? Duration.ofMinutes(30) : officerTokenTtl;
        maxFailedSignIns = maxFailedSignIns <= 0 ? 5 : maxFailedSignIns;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        minPasswordLength = minPasswordLength <= 0 ? 12 : minPasswordLength;
    }
}
