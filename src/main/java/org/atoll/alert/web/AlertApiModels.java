package org.atoll.alert.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.atoll.alert.internal.HitExplanation;
import org.atoll.alert.internal.TravellerDetails;
import org.atoll.alert.model.Alert;
import org.atoll.alert.model.AlertFields;

/** The JSON shapes of the alert API. Field names are the API's contract (docs/alerts.md). */
final class AlertApiModels {

    private AlertApiModels() {
    }

    /** POST and PUT body: the alert's fields, plus {@code status} (create), {@code version} and {@code changeReason} (PUT). */
    record AlertRequest(String kind, String externalReference, String category, String reason, String legalBasis,
                        String owningAgency, String actionOnHit, String contact, List<String> warningMarkers,
                        List<AlertFields.LinkFields> links, String validFrom, String validUntil, String reviewDate,
                        String sensitivity, List<String> sharedWith, Boolean sharedInFull, AlertFields.PersonFields person,
                        AlertFields.DocumentAlertFields document, String status, Long version, String changeReason) {

        AlertFields fields() {
            return new AlertFields(kind, externalReference, category, reason, legalBasis, owningAgency, actionOnHit, contact,
                    warningMarkers, links, validFrom, validUntil, reviewDate, sensitivity, sharedWith, sharedInFull, person,
                    document);
        }
    }

    record AlertView(UUID id, String status, long version, String source, String kind, String externalReference,
                     String category, String reason, String legalBasis, String owningAgency, String actionOnHit,
                     String contact, List<String> warningMarkers, List<AlertFields.LinkFields> links, String validFrom,
                     String validUntil, String reviewDate, String sensitivity, List<String> sharedWith,
                     Boolean sharedInFull, AlertFields.PersonFields person, AlertFields.DocumentAlertFields document,
                     Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

        static AlertView of(Alert a) {
            AlertFields f = a.content().toFields();
            return new AlertView(a.id().value(), a.status().name(), a.version(), a.source(), f.kind(), f.externalReference(),
                    f.category(), f.reason(), f.legalBasis(), f.owningAgency(), f.actionOnHit(), f.contact(),
                    f.warningMarkers(), f.links(), f.validFrom(), f.validUntil(), f.reviewDate(), f.sensitivity(),
                    f.sharedWith(), f.sharedInFull(), f.person(), f.document(), a.createdAt(), a.createdBy(),
                    a.updatedAt(), a.updatedBy());
        }
    }

    record AlertSummaryView(UUID id, String kind, String status, String source, String externalReference, String title,
                            String category, String owningAgency, String actionOnHit, String validUntil, String reviewDate,
                            String sensitivity, long version) {
    }

    record StatusChange(String status, String reason, Long version) {
    }

    record ReviewRenewal(String nextReviewDate, String note, Long version) {
    }

    record VersionView(long version, String status, String changeKind, List<String> changedFields, String changeReason,
                       String changedBy, String changedByAgency, Instant changedAt, AlertFields content) {
    }

    record DispositionRequest(String disposition, String note, Long version) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record HitView(UUID hitId, UUID alertId, long alertVersion, String kind, Double score, String band, String disposition,
                   String note, String disposedBy, Instant disposedAt, Instant screenedAt, String screenedBy,
                   String screenedByAgency, TravellerDetails traveller, String actionOnHit, String contact,
                   String externalReference, String matchedName, HitExplanation explanation, String alertTitle,
                   Boolean reviewOverdue, String view, long version, int timesScreened, Instant lastScreenedAt) {
    }

    record NotificationView(UUID id, UUID hitId, UUID alertId, String message, Instant createdAt, Instant readAt, String readBy) {
    }
}
