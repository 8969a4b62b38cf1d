package org.atoll.regulation.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.atoll.reference.CountryCode;
import org.atoll.regulation.Declared;
import org.atoll.regulation.EligibilityRequest;
import org.atoll.regulation.HeldVisa;
import org.atoll.regulation.Money;
import org.atoll.regulation.NoRegulationInForceException;
import org.atoll.regulation.Purpose;
import org.atoll.regulation.TravellerStatus;
import org.atoll.regulation.Regulations;
import org.atoll.regulation.TravelDocument;
import org.atoll.regulation.UnknownNationalityException;
import org.atoll.regulation.UnknownVisaTypeException;
import org.atoll.regulation.VisaTypeCode;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atoll.InvalidRequestException;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * POST /api/v1/eligibility: may this traveller enter on that date, under the rules in force then?
 * Thin: reads the body field by field, asks {@link Regulations}, renders the decision. Anything
 * the rules cannot take (an unknown nationality or visa type, a malformed value) is a 422 naming the field,
 * rendered by {@link org.atoll.ApiProblems}. Every officer may ask.
 */
@RestController
@RequestMapping("/api/v1/eligibility")
@PreAuthorize("hasRole('OFFICER')")
@Tag(name = "Eligibility", description = "May this traveller enter on that date, under the rules in force then?")
public class EligibilityController {

    private final Regulations regulations;

    public EligibilityController(Regulations regulations) {
        this.regulations = regulations;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public EligibilityResponse decide(@RequestBody EligibilityRequestBody body) {
        EligibilityRequest request = toRequest(body);
        try {
            return EligibilityResponse.of(regulations.decide(request));
        } catch (UnknownNationalityException e) {
            throw InvalidRequestException.field("nationality", e.getMessage());
        } catch (UnknownVisaTypeException e) {
            throw InvalidRequestException.field("visaType", e.getMessage());
        } catch (NoRegulationInForceException e) {
            throw InvalidRequestException.field("arrivalDate", e.getMessage());
        }
    }

    private static EligibilityRequest toRequest(EligibilityRequestBody body) {
        List<InvalidRequestException.FieldProblem> problems = new ArrayList<>();
        CountryCode nationality = required(problems, "nationality", body.nationality(), () -> {
            if (!CountryCode.isWellFormed(body.nationality().strip().toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Unknown nationality '" + body.nationality() + "': use an ICAO or ISO 3166-1 alpha-3 code");
            }
            return CountryCode.of(body.nationality());
        });
        String documentType = required(problems, "documentType", body.documentType(), () -> body.documentType().strip().toUpperCase(Locale.ROOT));
        required(problems, "documentExpiry", body.documentExpiry(), body::documentExpiry);
        Purpose purpose = required(problems, "purpose", body.purpose(), () -> purpose(body.purpose()));
        Integer stay = required(problems, "intendedStayDays", body.intendedStayDays(), () -> {
            if (body.intendedStayDays() < 1) {
                throw new IllegalArgumentException("The intended stay is at least 1 day");
            }
            return body.intendedStayDays();
        });
        required(problems, "arrivalDate", body.arrivalDate(), body::arrivalDate);
        Optional<VisaTypeCode> visaType = optional(problems, "visaType", body.visaType(),
                () -> VisaTypeCode.of(body.visaType().strip().toUpperCase(Locale.ROOT)));
        if (visaType.isPresent() && isBlank(body.visaNumber())) {
            problems.add(new InvalidRequestException.FieldProblem("visaNumber", "A visa type needs the visa's number"));
        }
        Optional<Money> funds = optional(problems, "declaredFunds", body.declaredFunds(), () -> money(body.declaredFunds()));
        Optional<String> documentNumber = optional(problems, "documentNumber", body.documentNumber(), () -> {
            String number = body.documentNumber().strip().toUpperCase(Locale.ROOT);
            new TravelDocument("P", Optional.of(number), java.time.LocalDate.MAX);
            return number;
        });
        java.util.Set<TravellerStatus> statuses = optional(problems, "declaredStatuses", body.declaredStatuses(),
                () -> statuses(body.declaredStatuses())).orElse(java.util.Set.of());
        TravelDocument document = null;
        if (documentType != null && body.documentExpiry() != null) {
            document = optional(problems, "documentType", documentType,
                    () -> new TravelDocument(documentType, documentNumber, body.documentExpiry())).orElse(null);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems.stream().map(p -> p.field() + ": " + p.message())
                    .collect(Collectors.joining("; ")), problems);
        }
        return EligibilityRequest.builder()
                .nationality(nationality)
                .document(document)
                .dateOfBirth(body.dateOfBirth())
                .purpose(purpose)
                .intendedStayDays(stay)
                .arrivalDate(body.arrivalDate())
                .visa(isBlank(body.visaNumber()) ? null : HeldVisa.quoted(visaType, body.visaNumber().strip()))
                .onwardTicket(Declared.of(body.onwardTicket()))
                .declaredFunds(funds.orElse(null))
                .declaredStatuses(statuses)
                .build();
    }

    private static java.util.Set<TravellerStatus> statuses(List<String> values) {
        java.util.Set<TravellerStatus> statuses = java.util.EnumSet.noneOf(TravellerStatus.class);
        for (String value : values) {
            try {
                statuses.add(TravellerStatus.valueOf(String.valueOf(value).strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown status '" + value + "': one of "
                        + Arrays.stream(TravellerStatus.values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }
        return statuses;
    }

    private static Purpose purpose(String value) {
        try {
            return Purpose.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown purpose '" + value + "': one of "
                    + Arrays.stream(Purpose.values()).map(p -> p.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }

    private static Money money(EligibilityRequestBody.MoneyBody body) {
        if (body.amount() == null || isBlank(body.currency())) {
            throw new IllegalArgumentException("Declared funds need an amount and a currency");
        }
        try {
            return new Money(body.amount(), Currency.getInstance(body.currency().strip().toUpperCase(Locale.ROOT)));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Too many decimals for " + body.currency());
        }
    }

    private static <T> T required(List<InvalidRequestException.FieldProblem> problems, String field, Object raw, Supplier<T> parse) {
        if (raw == null || (raw instanceof String && isBlank((String) raw))) {
            problems.add(new InvalidRequestException.FieldProblem(field, "Required"));
            return null;
        }
        return optional(problems, field, raw, parse).orElse(null);
    }

    private static <T> Optional<T> optional(List<InvalidRequestException.FieldProblem> problems, String field, Object raw, Supplier<T> parse) {
        if (raw == null || (raw instanceof String && isBlank((String) raw))) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.get());
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidRequestException.FieldProblem(field, e.getMessage()));
            return Optional.empty();
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
