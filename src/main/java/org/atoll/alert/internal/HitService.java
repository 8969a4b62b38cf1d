package org.atoll.alert.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.atoll.ConcurrentEditException;
import org.atoll.InvalidRequestException;
import org.atoll.InvalidRequestException.FieldProblem;
import org.atoll.RecordNotFoundException;
import org.atoll.access.AgencyCode;
import org.atoll.alert.HitConfirmed;
import org.atoll.alert.model.Alert;
import org.atoll.alert.model.AlertKind;
import org.atoll.alert.model.Disposition;
import org.atoll.alert.model.HitId;
import org.atoll.alert.model.NeedToKnow;
import org.atoll.alert.screening.SuppressionKey;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hit queue and dispositions. A false positive is remembered for the traveller's documents and
 * that alert version, so it does not come back; a confirmed hit is published as {@link HitConfirmed}
 * and the owning agency finds it in its notifications.
 */
@Service
public class HitService {

    static final String RECORD = "alert-hit";

    private final HitRepository hits;
    private final AlertRepository alerts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HitService(HitRepository hits, AlertRepository alerts, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.hits = hits;
        this.alerts = alerts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A hit with the alert as far as the viewer may see it ({@code alert} empty: action and contact only). */
    public record HitDetail(HitRecord hit, NeedToKnow.View view, Alert alert) {

        public Optional<Alert> visibleAlert() {
            return view == NeedToKnow.View.FULL ? Optional.of(alert) : Optional.empty();
        }
    }

    @Transactional(readOnly = true)
    public List<HitDetail> queue(String disposition, Viewer viewer, int limit) {
        return queue(disposition, viewer, limit, 0);
    }

    /** One page of the queue: {@code limit} hits after the first {@code offset}, oldest first. */
    @Transactional(readOnly = true)
    public List<HitDetail> queue(String disposition, Viewer viewer, int limit, int offset) {
        Disposition filter = null;
        if (disposition != null && !disposition.isBlank()) {
            try {
                filter = Disposition.valueOf(disposition.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidRequestException.field("disposition", "One of PENDING, CONFIRMED, FALSE_POSITIVE, INCONCLUSIVE.");
            }
        }
        List<HitRecord> found = hits.queue(filter, viewer.agency(), limit, Math.max(0, offset));
        var byId = new java.util.HashMap<org.atoll.alert.model.AlertId, Alert>();
        alerts.findAll(found.stream().map(HitRecord::alertId).distinct().toList()).forEach(a -> byId.put(a.id(), a));
        audit.record(AuditEvent.succeeded("ALERT_HIT_QUEUE_READ", RECORD, null)
                .withDetails("disposition=" + filter + ": " + found.size() + " hits"));
        return found.stream().map(h -> {
            Alert alert = byId.get(h.alertId());
            return new HitDetail(h, viewer.viewOf(alert.content()), alert);
        }).toList();
    }

    @Transactional(readOnly = true)
    public HitDetail detail(HitId id, Viewer viewer) {
        HitDetail detail = visible(id, viewer);
        audit.record(AuditEvent.succeeded("ALERT_HIT_READ", RECORD, id.toString()));
        if (detail.view() == NeedToKnow.View.FULL) {
            audit.record(AuditEvent.succeeded("ALERT_READ", AlertService.RECORD, detail.alert().id().toString())
                    .withDetails("with hit " + id));
        }
        return detail;
    }

    @Transactional
    public HitRecord dispose(HitId id, String disposition, String note, Long version, Viewer viewer) {
        HitDetail detail = visible(id, viewer);
        HitRecord hit = detail.hit();
        List<FieldProblem> problems = new java.util.ArrayList<>();
        Disposition target = null;
        try {
            target = Disposition.valueOf(disposition == null ? "" : disposition.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("disposition", "One of CONFIRMED, FALSE_POSITIVE, INCONCLUSIVE."));
        }
        if (note == null || note.isBlank()) {
            problems.add(new FieldProblem("note", "Say what you found; the disposition keeps it."));
        } else if (note.length() > 2000) {
            problems.add(new FieldProblem("note", "At most 2000 characters."));
        }
        AlertService.reject(problems);
        if (!hit.disposition().canMoveTo(target)) {
            throw InvalidRequestException.field("disposition", "A hit judged " + hit.disposition() + " cannot become " + target
                    + (hit.disposition().next().isEmpty() ? "; it is settled." : "; it may become " + hit.disposition().next() + "."));
        }
        if (version != null && version != hit.version()) {
            throw new ConcurrentEditException(RECORD, id.toString(), hit.version());
        }
        Instant now = clock.instant();
        if (!hits.dispose(id, target, note.strip(), viewer.name(), now, hit.version())) {
            throw new ConcurrentEditException(RECORD, id.toString(), hits.find(id).map(HitRecord::version).orElse(0L));
        }
        if (target == Disposition.FALSE_POSITIVE && hit.kind() == AlertKind.PERSON) {
            for (String key : hit.travellerDocumentKeys()) {
                hits.suppress(new SuppressionKey(hit.alertId().value(), hit.alertVersion(), key), id, viewer.name(), now);
            }
        }
        Alert alert = detail.alert();
        if (target == Disposition.CONFIRMED) {
            events.publishEvent(new HitConfirmed(id.value(), alert.id().value(), hit.alertVersion(),
                    alert.content().externalReference(), alert.content().owningAgency().value(),
                    alert.content().actionOnHit().name(), viewer.name(), viewer.agencyCode(), note.strip(), now));
        }
        audit.record(AuditEvent.succeeded("ALERT_HIT_DISPOSED", RECORD, id.toString()).withPurpose(note.strip())
                .withDetails(hit.disposition() + " -> " + target + " on alert " + alert.id() + " version " + hit.alertVersion()
                        + (target == Disposition.FALSE_POSITIVE && hit.travellerDocumentKeys().isEmpty()
                        ? " (no traveller document: not remembered)" : "")));
        return hits.find(id).orElseThrow();
    }

    @ApplicationModuleListener
    void notifyOwningAgency(HitConfirmed confirmed) {
        hits.notify(new AlertNotification(UUID.randomUUID(), new AgencyCode(confirmed.owningAgency()),
                new HitId(confirmed.hitId()), new org.atoll.alert.model.AlertId(confirmed.alertId()),
                "Hit on " + confirmed.externalReference() + " confirmed by " + confirmed.confirmedBy()
                        + (confirmed.confirmedByAgency() == null ? "" : " (" + confirmed.confirmedByAgency() + ")")
                        + ": " + confirmed.note(),
                confirmed.confirmedAt(), null, null));
    }

    @Transactional(readOnly = true)
    public List<AlertNotification> notifications(Viewer viewer, boolean unreadOnly) {
        AgencyCode agency = viewer.agency().orElseThrow(() -> new AccessDeniedException("Notifications are an agency's"));
        return hits.notifications(agency, unreadOnly, 200);
    }

    @Transactional
    public void markRead(UUID notification, Viewer viewer) {
        AgencyCode agency = viewer.agency().orElseThrow(() -> new AccessDeniedException("Notifications are an agency's"));
        if (!hits.markRead(notification, agency, viewer.name(), clock.instant())) {
            throw new RecordNotFoundException("alert-notification", notification.toString());
        }
    }

    private HitDetail visible(HitId id, Viewer viewer) {
        HitRecord hit = hits.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id.toString()));
        Alert alert = alerts.find(hit.alertId()).orElseThrow(() -> new RecordNotFoundException(RECORD, id.toString()));
        NeedToKnow.View view = viewer.viewOf(alert.content());
        boolean screenedByViewerAgency = hit.screenedByAgency() != null && viewer.agencyCode() != null
                && hit.screenedByAgency().equals(viewer.agencyCode());
        if (view != NeedToKnow.View.FULL && !screenedByViewerAgency) {
            audit.record(AuditEvent.denied("ALERT_HIT_READ", RECORD, id.toString()));
            throw new RecordNotFoundException(RECORD, id.toString());
        }
        return new HitDetail(hit, view, alert);
    }
}
