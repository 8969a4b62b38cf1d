package org.atoll.alert.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.atoll.RecordNotFoundException;
import org.atoll.access.CurrentOfficer;
import org.atoll.alert.internal.AlertService;
import org.atoll.alert.internal.HitService;
import org.atoll.alert.internal.Viewer;
import org.atoll.alert.model.Alert;
import org.atoll.alert.model.AlertId;
import org.atoll.alert.web.AlertApiModels.AlertRequest;
import org.atoll.alert.web.AlertApiModels.AlertSummaryView;
import org.atoll.alert.web.AlertApiModels.AlertView;
import org.atoll.alert.web.AlertApiModels.NotificationView;
import org.atoll.alert.web.AlertApiModels.ReviewRenewal;
import org.atoll.alert.web.AlertApiModels.StatusChange;
import org.atoll.alert.web.AlertApiModels.VersionView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/alerts")
@Tag(name = "Alerts", description = "The National Alert List: person and document alerts")
class AlertApiController {

    private final AlertService alerts;
    private final HitService hits;
    private final CurrentOfficer currentOfficer;

    AlertApiController(AlertService alerts, HitService hits, CurrentOfficer currentOfficer) {
        this.alerts = alerts;
        this.hits = hits;
        this.currentOfficer = currentOfficer;
    }

    private Viewer viewer() {
        return Viewer.current(currentOfficer);
    }

    static AlertId id(String raw) {
        return AlertId.parse(raw).orElseThrow(() -> new RecordNotFoundException("alert", raw));
    }

    @PostMapping
    @PreAuthorize(AlertRoles.MANAGE)
    @Operation(summary = "Create an alert for your agency", description = "status DRAFT (default) or ACTIVE")
    ResponseEntity<AlertView> create(@RequestBody AlertRequest body) {
        Alert created = alerts.create(body.fields(), body.status(), viewer());
        return ResponseEntity.created(URI.create("/api/v1/alerts/" + created.id())).eTag(String.valueOf(created.version()))
                .body(AlertView.of(created));
    }

    @GetMapping
    @PreAuthorize(AlertRoles.READ)
    @Operation(summary = "Search the alerts your agency may see", description = "q: words of a name, reference or document number; "
            + "page (from 0) and size (default 100, at most 500) page through the result, newest change first; a Link header "
            + "names the next and previous pages")
    ResponseEntity<List<AlertSummaryView>> search(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                                  @RequestParam(required = false) String category, @RequestParam(required = false) String agency,
                                  @RequestParam(required = false) String kind,
                                  @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                  @RequestParam(required = false) Integer limit) {
        Paging paging = Paging.of(page, size, limit, 100);
        var found = paging.cut(alerts.search(new AlertService.Search(q, status, category, agency, kind), viewer(), paging.fetch(),
                paging.offset()));
        return found.response(found.rows().stream().map(AlertApiController::summary).toList());
    }

    @GetMapping("/review-queue")
    @PreAuthorize(AlertRoles.MANAGE)
    @Operation(summary = "Your agency's alerts due for review (overdue first)")
    List<AlertSummaryView> reviewQueue() {
        return alerts.reviewQueue(viewer()).stream().map(AlertApiController::summary).toList();
    }

    @GetMapping("/notifications")
    @PreAuthorize(AlertRoles.NOTIFICATIONS)
    @Operation(summary = "Confirmed hits on your agency's alerts")
    List<NotificationView> notifications(@RequestParam(required = false, defaultValue = "false") boolean unread) {
        return hits.notifications(viewer(), unread).stream().map(n -> new NotificationView(n.id(), n.hitId().value(),
                n.alertId().value(), n.message(), n.createdAt(), n.readAt(), n.readBy())).toList();
    }

    @PostMapping("/notifications/{id}/read")
    @PreAuthorize(AlertRoles.NOTIFICATIONS)
    @Operation(summary = "Mark a notification read")
    ResponseEntity<Void> markRead(@PathVariable String id) {
        java.util.UUID uuid;
        try {
            uuid = java.util.UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("alert-notification", id);
        }
        hits.markRead(uuid, viewer());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}")
    @PreAuthorize(AlertRoles.READ)
    @Operation(summary = "Read an alert (audited; 404 unless your agency owns it or it is shared with it)")
    ResponseEntity<AlertView> read(@PathVariable String id) {
        Alert alert = alerts.read(id(id), viewer());
        return ResponseEntity.ok().eTag(String.valueOf(alert.version())).body(AlertView.of(alert));
    }

    @PutMapping("/{id}")
    @PreAuthorize(AlertRoles.MANAGE)
    @Operation(summary = "Change an alert", description = "Send all fields, the version you read and a changeReason; a stale version gets 409.")
    ResponseEntity<AlertView> revise(@PathVariable String id, @RequestBody AlertRequest body) {
        Alert alert = alerts.revise(id(id), body.fields(), body.version(), body.changeReason(), viewer());
        return ResponseEntity.ok().eTag(String.valueOf(alert.version())).body(AlertView.of(alert));
    }

    @PostMapping("/{id}/status")
    @PreAuthorize(AlertRoles.MANAGE)
    @Operation(summary = "Change an alert's status", description = "DRAFT→ACTIVE|WITHDRAWN, ACTIVE→EXPIRED|WITHDRAWN, EXPIRED→ACTIVE|WITHDRAWN; with a reason")
    ResponseEntity<AlertView> status(@PathVariable String id, @RequestBody StatusChange body) {
        Alert alert = alerts.changeStatus(id(id), body.status(), body.reason(), body.version(), viewer());
        return ResponseEntity.ok().eTag(String.valueOf(alert.version())).body(AlertView.of(alert));
    }

    @PostMapping("/{id}/review")
    @PreAuthorize(AlertRoles.MANAGE)
    @Operation(summary = "Record a review: the alert still holds until the next review date")
    ResponseEntity<AlertView> review(@PathVariable String id, @RequestBody ReviewRenewal body) {
        Alert alert = alerts.renewReview(id(id), body.nextReviewDate(), body.note(), body.version(), viewer());
        return ResponseEntity.ok().eTag(String.valueOf(alert.version())).body(AlertView.of(alert));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(AlertRoles.READ)
    @Operation(summary = "Every version of an alert: who changed what, when and why")
    List<VersionView> history(@PathVariable String id) {
        return alerts.history(id(id), viewer()).stream().map(v -> new VersionView(v.version(), v.status().name(), v.changeKind(),
                v.changedFields(), v.changeReason(), v.changedBy(), v.changedByAgency(), v.changedAt(), v.content())).toList();
    }

    static AlertSummaryView summary(org.atoll.alert.internal.AlertSummary s) {
        return new AlertSummaryView(s.id().value(), s.kind(), s.status().name(), s.source(), s.externalReference(), s.title(),
                s.category(), s.owningAgency().value(), s.actionOnHit(), s.validUntil() == null ? null : s.validUntil().toString(),
                s.reviewDate().toString(), s.sensitivity(), s.version());
    }
}
