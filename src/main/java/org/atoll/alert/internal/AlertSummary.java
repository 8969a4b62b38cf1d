package org.atoll.alert.internal;

import java.time.LocalDate;

import org.atoll.access.AgencyCode;
import org.atoll.alert.model.AlertId;
import org.atoll.alert.model.AlertStatus;

/** A line of an alert list: enough to show and filter without reading the alert's content. */
public record AlertSummary(AlertId id, String kind, AlertStatus status, String source, String externalReference,
                           String category, AgencyCode owningAgency, String actionOnHit, String title, LocalDate validUntil,
                           LocalDate reviewDate, String sensitivity, long version) {
}
