package org.atoll.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.atoll.document.DocumentNumber;
import org.atoll.document.PersonName;
import org.atoll.document.Sex;
import org.atoll.movement.Direction;
import org.atoll.movement.Movement;
import org.atoll.movement.TransportMode;
import org.atoll.movement.TravellerDocument;
import org.atoll.movement.TravellerRole;
import org.atoll.reference.CountryCode;
import org.atoll.reference.PortCode;
import org.atoll.statistics.Dimension;
import org.junit.jupiter.api.Test;

class CrossingFactTest {

    static final ZoneId PALAU = ZoneId.of("Pacific/Palau");

    static Movement crewExit(LocalDate day, LocalTime time, String decision, Optional<String> permit, Optional<Sex> sex) {
        TravellerDocument t = new TravellerDocument(new CountryCode("TON"), new DocumentNumber("TN123456"), "P",
                Optional.of(LocalDate.of(2030, 1, 1)), PersonName.of("FIFITA", "SIONE"), new CountryCode("TON"),
                Optional.of(LocalDate.of(1990, 6, 1)), sex);
        return new Movement(UUID.randomUUID(), UUID.randomUUID(), t, Direction.EXIT, new PortCode("PWMKK"),
                day.atTime(time).atZone(PALAU).toInstant(), TransportMode.SEA, TravellerRole.CREW, Optional.of("NYK"),
                Optional.of("PACIFIC STAR"), permit, Optional.empty(), "officer", decision, 0);
    }

    @Test
    void aCrossingIsKeptWithNothingThatNamesTheTravellerAndGroupsUnderEachDimension() {
        Movement m = crewExit(LocalDate.of(2026, 3, 31), LocalTime.of(23, 30), "DEPARTED", Optional.of(" crew "),
                Optional.of(Sex.MALE));
        CrossingFact fact = CrossingFact.of(m, PALAU).orElseThrow();

        Map<Dimension, String> values = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            values.put(d, fact.valueOf(d));
        }
        assertThat(values).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(Dimension.DAY, "2026-03-31"), Map.entry(Dimension.MONTH, "2026-03"),
                Map.entry(Dimension.YEAR, "2026"), Map.entry(Dimension.DIRECTION, "EXIT"),
                Map.entry(Dimension.PORT, "PWMKK"), Map.entry(Dimension.NATIONALITY, "TON"),
                Map.entry(Dimension.SEX, "MALE"), Map.entry(Dimension.AGE_BAND, "35-44"),
                Map.entry(Dimension.MODE, "SEA"), Map.entry(Dimension.ROLE, "CREW"),
                Map.entry(Dimension.PERMIT_TYPE, "CREW")));
        assertThat(fact.toString()).doesNotContain("FIFITA", "SIONE", "TN123456", "1990", "PACIFIC STAR", "NYK");
    }

    @Test
    void theDayIsTheBordersLocalDayNotUtc() {
        // 08:30 in Palau on 1 April is 23:30 UTC on 31 March
        Movement m = crewExit(LocalDate.of(2026, 4, 1), LocalTime.of(8, 30), "DEPARTED", Optional.empty(), Optional.empty());
        CrossingFact fact = CrossingFact.of(m, PALAU).orElseThrow();
        assertThat(fact.valueOf(Dimension.DAY)).isEqualTo("2026-04-01");
        assertThat(fact.valueOf(Dimension.MONTH)).isEqualTo("2026-04");
        assertThat(CrossingFact.of(m, ZoneId.of("UTC")).orElseThrow().valueOf(Dimension.MONTH)).isEqualTo("2026-03");
    }

    @Test
    void absentValuesAreCountedUnderTheirOwnWord() {
        Movement m = crewExit(LocalDate.of(2026, 4, 1), LocalTime.NOON, "DEPARTED", Optional.of("  "), Optional.empty());
        CrossingFact fact = CrossingFact.of(m, PALAU).orElseThrow();
        assertThat(fact.valueOf(Dimension.SEX)).isEqualTo("UNKNOWN");
        assertThat(fact.valueOf(Dimension.PERMIT_TYPE)).isEqualTo("NONE");
    }

    @Test
    void aRefusedCrossingIsNotCounted() {
        Movement refused = crewExit(LocalDate.of(2026, 4, 1), LocalTime.NOON, "REFUSED", Optional.empty(), Optional.empty());
        assertThat(CrossingFact.of(refused, PALAU)).isEmpty();
    }
}
