package org.atoll.movement.web;

import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.atoll.InvalidRequestException;
import org.atoll.movement.internal.MovementReports;
import org.atoll.movement.internal.TravellerRecords;
import org.atoll.movement.web.MovementViews.CalculationView;
import org.atoll.movement.web.MovementViews.DepartureView;
import org.atoll.movement.web.MovementViews.DeparturesView;
import org.atoll.movement.web.MovementViews.MovementView;
import org.atoll.movement.web.MovementViews.OverstayView;
import org.atoll.movement.web.MovementViews.OverstaysView;
import org.atoll.movement.web.MovementViews.PageView;
import org.atoll.movement.web.MovementViews.TravellerSummary;
import org.atoll.movement.web.MovementViews.TravellerView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The movement record over the API: crossings, overstays, expected departures, travellers
 * followed across documents, merges (supervisors) and the rolling-window stay calculator.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyRole('PRIMARY_OFFICER', 'SECONDARY_OFFICER', 'SUPERVISOR', 'ANALYST')")
@Tag(name = "Movements", description = "Crossings, stays, overstays, expected departures, travellers and merges")
class MovementApiController {

    private final MovementReports reports;
    private final TravellerRecords travellers;
    private final StayCalculator calculator;
    private final org.atoll.movement.Movements movements;
    private final org.atoll.access.CurrentOfficer officer;

    MovementApiController(MovementReports reports, TravellerRecords travellers, StayCalculator calculator,
                          org.atoll.movement.Movements movements, org.atoll.access.CurrentOfficer officer) {
        this.reports = reports;
        this.travellers = travellers;
        this.calculator = calculator;
        this.movements = movements;
        this.officer = officer;
    }

    record MergeBody(String otherTravellerId, String reason, Long version) {
    }

    record PermittedUntilBody(java.time.LocalDate permittedUntil, String reason) {
    }

    record StayChangedView(java.util.UUID stayId, java.util.UUID travellerId, java.time.LocalDate entered,
                           java.time.LocalDate permittedUntil, String permitType) {
    }

    @GetMapping("/movements")
    @Operation(summary = "Recorded crossings, newest first, 50 a page",
            description = "Filters: port (UN/LOCODE), from and to (local days, inclusive), direction ENTRY|EXIT; page from 0.")
    PageView movements(@RequestParam(required = false) String port, @RequestParam(required = false) String from,
                       @RequestParam(required = false) String to, @RequestParam(required = false) String direction,
                       @RequestParam(required = false) String page) {
        int p = Params.nonNegative("page", page, 0);
        var fromDay = Params.date("from", from);
        var toDay = Params.date("to", to);
        if (fromDay.isPresent() && toDay.isPresent() && toDay.get().isBefore(fromDay.get())) {
            throw InvalidRequestException.field("to", "Cannot be before 'from' (" + fromDay.get() + ")");
        }
        return new PageView(p, MovementReports.PAGE_SIZE, reports.movements(Params.port(port), fromDay, toDay,
                Params.direction(direction), p).stream().map(MovementView::of).toList());
    }

    @GetMapping("/overstays")
    @Operation(summary = "People present past their permitted date, most days over first",
            description = "Filters: nationality, permitType, minDaysOver (default 1). Days over are counted to today.")
    OverstaysView overstays(@RequestParam(required = false) String nationality, @RequestParam(required = false) String permitType,
                            @RequestParam(required = false) String minDaysOver) {
        var rows = reports.overstays(Params.country("nationality", nationality), Params.code(permitType),
                Params.nonNegative("minDaysOver", minDaysOver, 1)).stream().map(OverstayView::of).toList();
        return new OverstaysView(reports.today(), rows.size(), rows);
    }

    @GetMapping("/expected-departures")
    @Operation(summary = "People whose permitted stay ends on a day (default today)")
    DeparturesView expectedDepartures(@RequestParam(required = false) String date) {
        var day = Params.date("date", date).orElseGet(reports::today);
        var rows = reports.expectedDepartures(day).stream().map(DepartureView::of).toList();
        return new DeparturesView(day, rows.size(), rows);
    }

    @GetMapping("/travellers")
    @Operation(summary = "Find travellers by document number (any of their documents), nationality or surname")
    java.util.List<TravellerSummary> search(@RequestParam(required = false) String documentNumber,
                                            @RequestParam(required = false) String nationality,
                                            @RequestParam(required = false) String surname) {
        return travellers.search(Params.documentNumber(documentNumber), Params.country("nationality", nationality),
                Params.text(surname)).stream().map(TravellerSummary::of).toList();
    }

    @GetMapping("/travellers/{travellerId}")
    @Operation(summary = "A traveller with documents, stays and movements (a merged-away id leads to the survivor)")
    TravellerView traveller(@PathVariable String travellerId) {
        return TravellerView.of(travellers.file(Params.id("travellerId", travellerId)));
    }

    @PostMapping("/travellers/{travellerId}/merges")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Merge another traveller record into this one (supervisors; audited)",
            description = "Body: {\"otherTravellerId\",\"reason\",\"version\"?}. With version (this traveller's, as read), "
                    + "a record changed meanwhile answers 409 with the current version.")
    TravellerView merge(@PathVariable String travellerId, @RequestBody(required = false) MergeBody body) {
        if (body == null) {
            throw InvalidRequestException.field("otherTravellerId", "Required: the traveller record to merge into this one");
        }
        UUID id = Params.id("travellerId", travellerId);
        UUID other = Params.id("otherTravellerId", body.otherTravellerId());
        return TravellerView.of(travellers.merge(id, other, body.reason(), Optional.ofNullable(body.version())));
    }

    @PostMapping("/travellers/{travellerId}/permitted-until")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'VISA_OFFICER')")
    @Operation(summary = "Move the permitted-until date of the traveller's open stay (an extension, a change of visa; audited)",
            description = "Body: {\"permittedUntil\":\"YYYY-MM-DD\",\"reason\"}. 404 when the traveller has no open stay.")
    StayChangedView changePermittedUntil(@PathVariable String travellerId, @RequestBody(required = false) PermittedUntilBody body) {
        UUID id = Params.id("travellerId", travellerId);
        var stay = movements.changePermittedUntil(id, body == null ? null : body.permittedUntil(),
                body == null ? null : body.reason(), officer.officer().map(o -> o.username()).orElse("unknown"));
        return new StayChangedView(stay.stayId(), stay.travellerId(), stay.entered(), stay.permittedUntil().orElse(null),
                stay.permitType().orElse(null));
    }

    @PostMapping("/stay-calculations")
    @Operation(summary = "Rolling-window stay calculator (e.g. 90 days in any 180)",
            description = "Body: {\"travellerId\"} or {\"stays\":[{\"entered\",\"departed\"?}]} and/or "
                    + "{\"crossings\":[{\"direction\":\"ENTRY|EXIT\",\"date\"}]}, with windowDays (180), limitDays (90) and "
                    + "date (today). Answers days used, days remaining and the latest permissible exit for someone present on date.")
    CalculationView calculate(@RequestBody(required = false) StayCalculator.Request body) {
        return CalculationView.of(calculator.calculate(body == null
                ? new StayCalculator.Request(null, null, null, null, null, null) : body));
    }
}
