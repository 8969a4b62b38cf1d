package org.atoll.movement.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.atoll.InvalidRequestException;
import org.atoll.movement.Direction;
import org.atoll.movement.domain.DatedCrossing;
import org.atoll.movement.domain.RollingWindow;
import org.atoll.movement.domain.StayPeriod;
import org.atoll.movement.internal.TravellerRecords;
import org.springframework.stereotype.Component;

/** Turns a stay-calculation request (API body or page form) into a calculation, naming any field at fault. */
@Component
class StayCalculator {

    static final int DEFAULT_WINDOW = 180;
    static final int DEFAULT_LIMIT = 90;

    record PeriodBody(LocalDate entered, LocalDate departed) {
    }

    record CrossingBody(String direction, LocalDate date) {
    }

    record Request(String travellerId, List<PeriodBody> stays, List<CrossingBody> crossings, Integer windowDays,
                   Integer limitDays, LocalDate date) {
    }

    private final TravellerRecords records;

    StayCalculator(TravellerRecords records) {
        this.records = records;
    }

    TravellerRecords.Calculation calculate(Request request) {
        RollingWindow rule = rule(request.windowDays(), request.limitDays());
        LocalDate on = request.date() == null ? records.today() : request.date();
        Optional<String> traveller = Params.text(request.travellerId());
        if (traveller.isPresent()) {
            UUID id = Params.id("travellerId", traveller.get());
            return records.calculate(id, rule, on);
        }
        List<StayPeriod> stays = new ArrayList<>();
        List<PeriodBody> given = request.stays() == null ? List.of() : request.stays();
        for (int i = 0; i < given.size(); i++) {
            PeriodBody p = given.get(i);
            if (p == null || p.entered() == null) {
                throw InvalidRequestException.field("stays[" + i + "].entered", "Required: the day of entry");
            }
            if (p.departed() != null && p.departed().isBefore(p.entered())) {
                throw InvalidRequestException.field("stays[" + i + "].departed", "Cannot be before the entry " + p.entered());
            }
            stays.add(new StayPeriod(p.entered(), Optional.ofNullable(p.departed())));
        }
        List<DatedCrossing> crossings = new ArrayList<>();
        List<CrossingBody> moves = request.crossings() == null ? List.of() : request.crossings();
        for (int i = 0; i < moves.size(); i++) {
            CrossingBody c = moves.get(i);
            if (c == null || c.date() == null) {
                throw InvalidRequestException.field("crossings[" + i + "].date", "Required: the day of the crossing");
            }
            try {
                crossings.add(new DatedCrossing(Direction.valueOf(String.valueOf(c.direction()).strip().toUpperCase(Locale.ROOT)),
                        c.date()));
            } catch (IllegalArgumentException e) {
                throw InvalidRequestException.field("crossings[" + i + "].direction", "ENTRY or EXIT, not '" + c.direction() + "'");
            }
        }
        return records.calculate(crossings, stays, rule, on);
    }

    static RollingWindow rule(Integer windowDays, Integer limitDays) {
        int window = windowDays == null ? DEFAULT_WINDOW : windowDays;
        int limit = limitDays == null ? DEFAULT_LIMIT : limitDays;
        if (window < 2 || window > 3660) {
            throw InvalidRequestException.field("windowDays", "Between 2 and 3660 days, not " + window);
        }
        if (limit < 1 || limit >= window) {
            throw InvalidRequestException.field("limitDays", "At least 1 and fewer than the window (" + window + " days), not " + limit);
        }
        return new RollingWindow(window, limit);
    }
}
