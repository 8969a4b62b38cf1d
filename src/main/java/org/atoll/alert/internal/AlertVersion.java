package org.atoll.alert.internal;

import java.time.Instant;
import java.util.List;

import org.atoll.alert.model.AlertFields;
import org.atoll.alert.model.AlertId;
import org.atoll.alert.model.AlertStatus;

/** One stored version of an alert with who changed what, when and why. */
public record AlertVersion(AlertId alertId, long version, AlertStatus status, String changeKind, List<String> changedFields,
                           String changeReason, AlertFields content, String changedBy, String changedByAgency,
                           Instant changedAt) {

    public AlertVersion {
        changedFields = List.copyOf(changedFields);
    }
}
