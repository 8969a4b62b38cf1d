package org.atoll.alert.internal;

import java.time.Instant;
import java.util.UUID;

import org.atoll.access.AgencyCode;
import org.atoll.alert.model.AlertId;
import org.atoll.alert.model.HitId;

/** A confirmed hit on an agency's alert, in that agency's in-app notification list. */
public record AlertNotification(UUID id, AgencyCode agency, HitId hitId, AlertId alertId, String message, Instant createdAt,
                                Instant readAt, String readBy) {
}
