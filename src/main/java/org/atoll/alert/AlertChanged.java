package org.atoll.alert;

import java.time.Instant;
import java.util.UUID;

/** An alert was created, changed, reviewed or changed status: every node's screening index follows. */
public record AlertChanged(UUID alertId, long version, String status, String owningAgency, Instant changedAt) {
}
