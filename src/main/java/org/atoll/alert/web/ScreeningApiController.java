package org.atoll.alert.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.atoll.access.CurrentOfficer;
import org.atoll.alert.internal.ScreeningOutcome;
import org.atoll.alert.internal.ScreeningRequest;
import org.atoll.alert.internal.ScreeningService;
import org.atoll.alert.internal.Viewer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/screening")
@Tag(name = "Screening", description = "Screen a traveller against the National Alert List")
class ScreeningApiController {

    private final ScreeningService screening;
    private final CurrentOfficer currentOfficer;

    ScreeningApiController(ScreeningService screening, CurrentOfficer currentOfficer) {
        this.screening = screening;
        this.currentOfficer = currentOfficer;
    }

    @PostMapping("/persons")
    @PreAuthorize(AlertRoles.SCREEN)
    @Operation(summary = "Screen a person (and their documents)",
            description = "{\"names\":[...]} or {\"surname\",\"givenNames\"}, optional dateOfBirth (1970, 1970-05, 1970-05-17), "
                    + "nationality, sex, documents [{issuingState, number}]. Every candidate and document hit is recorded "
                    + "with a hitId for disposition.")
    ScreeningOutcome screen(@RequestBody ScreeningRequest request) {
        return screening.screen(request, Viewer.current(currentOfficer));
    }
}
