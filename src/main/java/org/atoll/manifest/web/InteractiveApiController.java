package org.atoll.manifest.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.atoll.InvalidRequestException;
import org.atoll.document.Sex;
import org.atoll.manifest.internal.InteractiveApi;
import org.atoll.manifest.internal.InteractiveApi.StoredAnswer;
import org.atoll.manifest.internal.PreArrivalScreening.PersonToScreen;
import org.atoll.manifest.paxlst.CusresWriter;
import org.atoll.manifest.screening.BoardingAnswer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Interactive API at check-in: {@code POST /api/v1/iapi/checks} with a one-passenger PAXLST
 * ({@code application/edifact}, answered with a CUSRES) or JSON (answered in JSON); the answer can be
 * read again by the carrier (it follows an officer's override), listed and overridden by the authority.
 */
@RestController
class InteractiveApiController {

    record Passenger(String role, String surname, String givenNames, String dateOfBirth, String sex, String nationality,
                     String documentType, String documentNumber, String documentIssuer, LocalDate documentExpiry) {
    }

    record CheckRequest(String carrier, String flight, String departurePort, LocalDateTime departure, String arrivalPort,
                        LocalDateTime arrival, Passenger passenger) {
    }

    /** What the carrier is told: never why. */
    record CarrierAnswer(UUID answerId, BoardingAnswer answer, String directive, String carrier, String flight,
                         LocalDate flightDate, String surname, String givenNames, String documentNumber,
                         Instant answeredAt) {

        static CarrierAnswer of(StoredAnswer a) {
            return new CarrierAnswer(a.id(), a.answer(), a.answer().code(), a.carrier(), a.flight(), a.flightDate(),
                    a.surname(), a.givenNames(), a.documentNumber(), a.answeredAt());
        }
    }

    record OverrideRequest(BoardingAnswer answer, String reason, Long version) {
    }

    private final InteractiveApi iapi;
    private final org.atoll.access.CurrentOfficer current;
    private final JsonMapper json;
    private final Clock clock;
    private final CusresWriter cusres = new CusresWriter();

    InteractiveApiController(InteractiveApi iapi, org.atoll.access.CurrentOfficer current, JsonMapper json, Clock clock) {
        this.iapi = iapi;
        this.current = current;
        this.json = json;
        this.clock = clock;
    }

    // No "consumes": who may ask is checked before the body is read, so a wrong caller always gets 403.
    @PostMapping("/api/v1/iapi/checks")
    @PreAuthorize("hasAuthority('SCOPE_INTERACTIVE_API') or hasRole('ADMINISTRATOR')")
    ResponseEntity<?> check(@RequestHeader(value = HttpHeaders.CONTENT_TYPE, defaultValue = "") String contentType,
                            @RequestBody(required = false) byte[] body) {
        body = body == null ? new byte[0] : body;
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith(ManifestApiController.EDIFACT) || type.startsWith("application/x-edifact")) {
            InteractiveApi.CheckIn request = iapi.fromPaxlst(body);
            StoredAnswer a = iapi.check(request);
            String message = cusres.write(new CusresWriter.Response(a.id().toString().replace("-", "").substring(0, 14),
                    "ATOLL", a.carrier(), LocalDateTime.now(clock), a.id().toString(), a.carrier(), a.flight(),
                    request.departurePort(), request.departure(), request.arrivalPort(), a.surname(), a.givenNames(),
                    request.passenger().documentType(), a.documentNumber(), a.answer().code(), a.answer().name()));
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/edifact; charset=UTF-8"))
                    .body(message.getBytes(StandardCharsets.UTF_8));
        }
        if (!type.startsWith(MediaType.APPLICATION_JSON_VALUE)) {
            throw InvalidRequestException.field("Content-Type", "Send application/json or application/edifact (PAXLST).");
        }
        CheckRequest r;
        try {
            r = json.readValue(body, CheckRequest.class);
        } catch (RuntimeException e) {
            throw InvalidRequestException.field("body", "The request is not the JSON described in docs/manifests.md.");
        }
        if (r == null || r.passenger() == null) {
            throw InvalidRequestException.field("passenger", "The passenger is required.");
        }
        if (r.carrier() == null || r.carrier().isBlank()) {
            throw InvalidRequestException.field("carrier", "The carrier code is required.");
        }
        Passenger p = r.passenger();
        String sex = null;
        if (p.sex() != null && !p.sex().isBlank()) {
            try {
                sex = Sex.parse(p.sex()).name();
            } catch (IllegalArgumentException e) {
                throw InvalidRequestException.field("passenger.sex", "Sex is F, M or X.");
            }
        }
        String role = p.role() == null ? "PASSENGER" : p.role().trim().toUpperCase(Locale.ROOT);
        if (!List.of("PASSENGER", "CREW", "TRANSIT").contains(role)) {
            throw InvalidRequestException.field("passenger.role", "The role is PASSENGER, CREW or TRANSIT.");
        }
        StoredAnswer a = iapi.check(new InteractiveApi.CheckIn(r.carrier(), r.flight(), r.departurePort(), r.departure(),
                r.arrivalPort(), r.arrival(), new PersonToScreen(role, p.surname(), p.givenNames(), p.dateOfBirth(),
                upper(p.nationality()), sex, upper(p.documentType()), upper(p.documentNumber()), upper(p.documentIssuer()),
                p.documentExpiry())));
        return ResponseEntity.ok(CarrierAnswer.of(a));
    }

    @GetMapping("/api/v1/iapi/answers/{id}")
    @PreAuthorize("hasAuthority('SCOPE_INTERACTIVE_API') or hasAnyRole('PRIMARY_OFFICER', 'SECONDARY_OFFICER', "
            + "'SUPERVISOR', 'ALERT_MANAGER', 'ANALYST', 'ADMINISTRATOR')")
    Object answer(@PathVariable UUID id) {
        StoredAnswer a = iapi.read(id);
        return current.officer().isPresent() ? a : CarrierAnswer.of(a);
    }

    @GetMapping("/api/v1/iapi/answers")
    @PreAuthorize("hasAnyRole('PRIMARY_OFFICER', 'SECONDARY_OFFICER', 'SUPERVISOR', 'ALERT_MANAGER', 'ANALYST', 'ADMINISTRATOR')")
    List<StoredAnswer> answers(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return iapi.answers(date);
    }

    @PostMapping("/api/v1/iapi/answers/{id}/override")
    @PreAuthorize("hasAnyRole('SECONDARY_OFFICER', 'SUPERVISOR')")
    StoredAnswer override(@PathVariable UUID id, @RequestBody OverrideRequest request) {
        if (request.version() == null) {
            throw InvalidRequestException.field("version", "Send the version of the answer you read.");
        }
        return iapi.override(id, request.answer(), request.reason(), request.version());
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.trim().toUpperCase(Locale.ROOT);
    }
}
