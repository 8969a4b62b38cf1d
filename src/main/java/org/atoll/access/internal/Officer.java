package org.atoll.access.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.atoll.access.AgencyCode;
import org.atoll.access.OfficerIdentity;
import org.atoll.access.Role;

/** An officer account as stored. */
public record Officer(UUID id, String username, String fullName, AgencyCode agency, String passwordHash,
                      boolean enabled, int failedSignIns, Instant lockedUntil, Instant passwordChangedAt,
                      Instant createdAt, Set<Role> roles, int version) {

    public Officer {
        roles = Set.copyOf(roles);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** For display: the end of a lock, in UTC, to the minute. */
    public String lockedUntilUtc() {
        return lockedUntil == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(java.time.ZoneOffset.UTC).format(lockedUntil);
    }

    public OfficerIdentity identity() {
        return new OfficerIdentity(username, fullName, agency, roles);
    }
}
