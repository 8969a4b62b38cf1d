package org.atoll.visa.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.atoll.InvalidRequestException;
import org.atoll.RecordNotFoundException;
import org.atoll.document.DocumentNumber;
import org.atoll.reference.CountryCode;
import org.atoll.visa.VisaNumber;
import org.atoll.visa.internal.VisaRegister;
import org.atoll.visa.web.VisaViews.ExtensionView;
import org.atoll.visa.web.VisaViews.LookupView;
import org.atoll.visa.web.VisaViews.VisaView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Issued visas: the border's look-up, the printable visa, extensions and revocation. */
@RestController
@RequestMapping("/api/v1/visas")
@PreAuthorize("hasAnyRole('VISA_OFFICER', 'SUPERVISOR')")
@Tag(name = "Visas", description = "Issued visas: look-up by number or passport, print, extend, revoke")
class VisaApiController {

    private final VisaRegister register;
    private final Clock clock;

    VisaApiController(VisaRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    record ExtensionRequestBody(Integer days, String reason, Long version) {
    }

    record ExtensionDecisionBody(String decision, String reason, Long version) {
    }

    record RevocationBody(List<String> grounds, String reason, Long version) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('VISA_OFFICER', 'SUPERVISOR', 'PRIMARY_OFFICER', 'SECONDARY_OFFICER')")
    @Operation(summary = "Visas issued for a passport (nationality + document number), newest first")
    List<LookupView> forPassport(@RequestParam(required = false) String nationality,
                                 @RequestParam(required = false) String documentNumber) {
        if (nationality == null || !CountryCode.isWellFormed(nationality.strip().toUpperCase(Locale.ROOT))) {
            throw InvalidRequestException.field("nationality", "Required: the passport's nationality code, e.g. BGD");
        }
        DocumentNumber number;
        try {
            number = DocumentNumber.of(documentNumber == null ? "" : documentNumber);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.field("documentNumber", "Required: the passport number (" + e.getMessage() + ")");
        }
        LocalDate today = LocalDate.now(clock);
        return register.forPassport(CountryCode.of(nationality), number).stream().map(r -> LookupView.of(r, today)).toList();
    }

    @GetMapping("/{number}")
    @PreAuthorize("hasAnyRole('VISA_OFFICER', 'SUPERVISOR', 'PRIMARY_OFFICER', 'SECONDARY_OFFICER')")
    @Operation(summary = "A visa by its number, with its MRZ, extensions and revocation")
    VisaView get(@PathVariable String number) {
        return VisaView.of(register.get(visaNumber(number)), LocalDate.now(clock));
    }

    @GetMapping("/{number}/pdf")
    @Operation(summary = "The printable visa (PDF)")
    ResponseEntity<byte[]> pdf(@PathVariable String number) {
        byte[] pdf = register.pdf(visaNumber(number));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("visa-" + number + ".pdf").build().toString())
                .body(pdf);
    }

    @PostMapping("/{number}/extensions")
    @Operation(summary = "Request an extension of the permitted stay",
            description = "Refused with 422 when the visa type's extension policy does not allow it (count, days).")
    ResponseEntity<ExtensionView> requestExtension(@PathVariable String number, @RequestBody ExtensionRequestBody body) {
        var extension = register.requestExtension(visaNumber(number), body.days(), body.reason(), body.version());
        return ResponseEntity.created(java.net.URI.create("/api/v1/visas/" + number + "/extensions/" + extension.id()))
                .body(ExtensionView.of(extension));
    }

    @PostMapping("/{number}/extensions/{extensionId}/decision")
    @Operation(summary = "Decide an extension request: APPROVED or REFUSED (with a reason)")
    ExtensionView decideExtension(@PathVariable String number, @PathVariable String extensionId,
                                  @RequestBody ExtensionDecisionBody body) {
        UUID id;
        try {
            id = UUID.fromString(extensionId);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("visa extension", extensionId);
        }
        return ExtensionView.of(register.decideExtension(visaNumber(number), id, body.decision(), body.reason(), body.version()));
    }

    @PostMapping("/{number}/revocation")
    @Operation(summary = "Revoke a visa with grounds (provision references in force) and a reason")
    VisaView revoke(@PathVariable String number, @RequestBody RevocationBody body) {
        return VisaView.of(register.revoke(visaNumber(number), body.grounds(), body.reason(), body.version()), LocalDate.now(clock));
    }

    static VisaNumber visaNumber(String raw) {
        if (!VisaNumber.isWellFormed(raw)) {
            throw new RecordNotFoundException("visa", raw);
        }
        return VisaNumber.of(raw);
    }
}
