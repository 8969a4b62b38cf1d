package org.atoll.visa.web;

import java.util.List;

import org.atoll.access.CurrentOfficer;
import org.atoll.visa.internal.VisaRevocationProposalStore;
import org.atoll.visa.internal.VisaRevocationProposalStore.Proposal;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Revocation proposals over HTTP for the visa office: list them (open ones, or all) and dismiss one with a note. */
@RestController
@PreAuthorize("hasAnyRole('VISA_OFFICER', 'SUPERVISOR')")
class VisaRevocationProposalApiController {

    record DismissalRequest(String note, Long version) {
    }

    private final VisaRevocationProposalStore proposals;
    private final CurrentOfficer current;

    VisaRevocationProposalApiController(VisaRevocationProposalStore proposals, CurrentOfficer current) {
        this.proposals = proposals;
        this.current = current;
    }

    @GetMapping(path = "/api/v1/visa-revocation-proposals", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Proposal> list(@RequestParam(defaultValue = "false") boolean all) {
        return proposals.list(!all);
    }

    @PostMapping(path = "/api/v1/visa-revocation-proposals/{id}/dismissal", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Proposal dismissApi(@PathVariable String id, @RequestBody DismissalRequest request) {
        return proposals.dismiss(VisaRevocationProposalController.proposalId(id), request.note(), request.version(), current.require().username());
    }

}
