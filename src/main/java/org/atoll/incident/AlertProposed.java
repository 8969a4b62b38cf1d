package org.atoll.incident;

import java.time.Instant;

/**
 * An officer working on an incident proposed an alert, as a draft for the owning agency to review.
 * The alert module will consume it; until then the proposal is recorded in the incident's log.
 */
public record AlertProposed(IncidentId incident, String owningAgency, String subject, String reason,
                            String proposedBy, Instant proposedAt) {
}
