package org.atoll.incident;

import java.time.Instant;

/**
 * An incident was referred to another agency (e.g. to Police for prosecution) for it to accept or
 * decline. The incident module itself gives the agency a task and a notification; the event is for
 * modules above incident (statistics). Modules incident depends on (alert, visa, manifest, movement)
 * must not listen to it: that would be a cycle.
 */
public record ReferralProposed(IncidentId incident, String toAgency, String reason, String proposedBy,
                               Instant proposedAt) {
}
