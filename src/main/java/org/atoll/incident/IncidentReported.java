package org.atoll.incident;

import java.time.Instant;

/** An incident was reported. Carries no personal data: consumers look the incident up if they may. */
public record IncidentReported(IncidentId incident, String typeCode, String leadAgency, String portCode,
                               Instant reportedAt) {
}
