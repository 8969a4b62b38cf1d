package org.atoll.access.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.atoll.access.Role;
import org.atoll.access.internal.Officer;
import org.atoll.access.internal.OfficerService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/officers")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@Tag(name = "Officers", description = "Officer accounts (administrators)")
class OfficerApiController {

    private final OfficerService officers;
    private final Clock clock;

    OfficerApiController(OfficerService officers, Clock clock) {
        this.officers = officers;
        this.clock = clock;
    }

    record OfficerView(String username, String fullName, String agency, List<String> roles, boolean enabled,
                       boolean locked, Instant lockedUntil, int failedSignIns, Instant createdAt,
                       Instant passwordChangedAt, int version) {
        static OfficerView of(Officer o, Instant now) {
            return new OfficerView(o.username(), o.fullName(), o.agency().value(),
                    o.roles().stream().map(Role::name).sorted().toList(), o.enabled(), o.lockedAt(now),
                    o.lockedAt(now) ? o.lockedUntil() : null, o.failedSignIns(), o.createdAt(),
                    o.passwordChangedAt(), o.version());
        }
    }

    record CreateOfficer(String username, String fullName, String agency, List<String> roles, String password) {
    }

    record ChangeOfficer(String fullName, String agency, List<String> roles, Boolean enabled, String password,
                         Boolean unlock, Integer version) {
    }

    @GetMapping
    @Operation(summary = "List officers")
    List<OfficerView> list() {
        Instant now = clock.instant();
        return officers.all().stream().map(o -> OfficerView.of(o, now)).toList();
    }

    @PostMapping
    @Operation(summary = "Create an officer")
    ResponseEntity<OfficerView> create(@RequestBody CreateOfficer body) {
        Officer created = officers.create(new OfficerService.NewOfficer(body.username(), body.fullName(), body.agency(),
                body.roles(), body.password()));
        return ResponseEntity.created(URI.create("/api/v1/officers/" + created.username()))
                .eTag(String.valueOf(created.version()))
                .body(OfficerView.of(created, clock.instant()));
    }

    @GetMapping("/{username}")
    @Operation(summary = "Read an officer")
    ResponseEntity<OfficerView> get(@PathVariable String username) {
        Officer o = officers.get(username);
        return ResponseEntity.ok().eTag(String.valueOf(o.version())).body(OfficerView.of(o, clock.instant()));
    }

    @PutMapping("/{username}")
    @Operation(summary = "Change an officer: name, agency, roles, enabled, password reset, unlock",
            description = "Send the version you read; a stale version gets 409 with the current version.")
    ResponseEntity<OfficerView> change(@PathVariable String username, @RequestBody ChangeOfficer body) {
        Officer o = officers.change(username, new OfficerService.OfficerChange(body.fullName(), body.agency(),
                body.roles(), body.enabled(), body.password(), body.unlock(), body.version()));
        return ResponseEntity.ok().eTag(String.valueOf(o.version())).body(OfficerView.of(o, clock.instant()));
    }
}
