package org.atoll.alert.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.atoll.RecordNotFoundException;
import org.atoll.access.CurrentOfficer;
import org.atoll.alert.internal.HitRecord;
import org.atoll.alert.internal.HitService;
import org.atoll.alert.internal.Viewer;
import org.atoll.alert.model.Alert;
import org.atoll.alert.model.HitId;
import org.atoll.alert.model.NeedToKnow;
import org.atoll.alert.web.AlertApiModels.DispositionRequest;
import org.atoll.alert.web.AlertApiModels.HitView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/hits")
@PreAuthorize(AlertRoles.DISPOSE)
@Tag(name = "Hits", description = "Hits from screening and their dispositions")
class HitApiController {

    private final HitService hits;
    private final CurrentOfficer currentOfficer;

    HitApiController(HitService hits, CurrentOfficer currentOfficer) {
        this.hits = hits;
        this.currentOfficer = currentOfficer;
    }

    static HitId id(String raw) {
        try {
            return new HitId(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("alert-hit", raw);
        }
    }

    @GetMapping
    @Operation(summary = "The hit queue: hits your agency screened or on alerts it may see, oldest first",
            description = "disposition: PENDING, CONFIRMED, FALSE_POSITIVE or INCONCLUSIVE; page (from 0) and size (default 100, "
                    + "at most 500) page through the queue; a Link header names the next and previous pages")
    ResponseEntity<List<HitView>> queue(@RequestParam(required = false) String disposition,
                        @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                        @RequestParam(required = false) Integer limit) {
        Paging paging = Paging.of(page, size, limit, 100);
        var found = paging.cut(hits.queue(disposition, Viewer.current(currentOfficer), paging.fetch(), paging.offset()));
        return found.response(found.rows().stream().map(HitApiController::view).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A hit with the traveller and (as far as you may see it) the alert")
    ResponseEntity<HitView> read(@PathVariable String id) {
        HitService.HitDetail d = hits.detail(id(id), Viewer.current(currentOfficer));
        return ResponseEntity.ok().eTag(String.valueOf(d.hit().version())).body(view(d));
    }

    @PostMapping("/{id}/disposition")
    @Operation(summary = "Record a disposition: CONFIRMED, FALSE_POSITIVE or INCONCLUSIVE, with a note",
            description = "A false positive does not come back for the same traveller document and alert version; "
                    + "a confirmed hit notifies the owning agency.")
    HitView dispose(@PathVariable String id, @RequestBody DispositionRequest body) {
        Viewer viewer = Viewer.current(currentOfficer);
        hits.dispose(id(id), body.disposition(), body.note(), body.version(), viewer);
        return view(hits.detail(id(id), viewer));
    }

    static HitView view(HitService.HitDetail d) {
        HitRecord h = d.hit();
        Alert a = d.alert();
        boolean full = d.view() == NeedToKnow.View.FULL;
        return new HitView(h.id().value(), h.alertId().value(), h.alertVersion(), h.kind().name(), h.score(), h.band(),
                h.disposition().name(), h.note(), h.disposedBy(), h.disposedAt(), h.screenedAt(), h.screenedBy(),
                h.screenedByAgency(), h.traveller(), a.content().actionOnHit().name(), a.content().contact(),
                full ? a.content().externalReference() : null, full ? h.matchedName() : null, full ? h.explanation() : null,
                full ? a.content().title() : null, full ? h.reviewOverdue() : null, d.view().name(), h.version(),
                h.timesScreened(), h.lastScreenedAt());
    }
}
