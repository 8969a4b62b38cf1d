package org.atoll.incident;

import java.time.Instant;

/** An officer working on an incident proposed revoking a visa; the visa module decides. */
public record VisaRevocationProposed(IncidentId incident, String visaId, String reason, String proposedBy,
                                     Instant proposedAt) {
}
