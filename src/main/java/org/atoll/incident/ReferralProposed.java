package org.atoll.incident;

import java.time.Instant;

/** An incident was referred to another agency (e.g. to Police for prosecution) for it to accept or decline. */
public record ReferralProposed(IncidentId incident, String toAgency, String reason, String proposedBy,
                               Instant proposedAt) {
}
