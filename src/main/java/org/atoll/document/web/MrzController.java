package org.atoll.document.web;

import jakarta.validation.Valid;
import org.atoll.document.MachineReadableZones;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads and writes machine readable zones over HTTP. An invalid zone is still a 200 with its
 * errors; input that is not a zone at all is a 422 problem (see {@link MrzProblems}).
 */
@RestController
@org.springframework.security.access.prepost.PreAuthorize("hasRole('OFFICER')")
@RequestMapping(path = "/api/v1/documents/mrz", produces = MediaType.APPLICATION_JSON_VALUE)
public class MrzController {

    private final MachineReadableZones zones;

    public MrzController(MachineReadableZones zones) {
        this.zones = zones;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public MrzReadingResponse read(@Valid @RequestBody ReadMrzRequest request) {
        return MrzReadingResponse.of(request.expiryWarningMonths() == null
                ? zones.read(request.mrz())
                : zones.read(request.mrz(), java.time.LocalDate.now(zones.clock()), request.expiryWarningMonths()));
    }

    @PostMapping(path = "/generate", consumes = MediaType.APPLICATION_JSON_VALUE)
    public GeneratedMrzResponse generate(@Valid @RequestBody GenerateMrzRequest request) {
        return GeneratedMrzResponse.of(zones.generate(request.toFields()));
    }
}
