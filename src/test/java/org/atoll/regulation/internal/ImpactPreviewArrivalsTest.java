package org.atoll.regulation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The impact preview says over how many recorded arrivals it compared the draft, or that none are recorded yet. */
class ImpactPreviewArrivalsTest {

    static final LocalDate FROM = LocalDate.of(2025, 11, 28);
    static final LocalDate TO = LocalDate.of(2026, 11, 28);

    @Test
    void noArrivalsRecordedYet() {
        var preview = new RegulationSetAdministration.Preview(null, 120, 0, FROM, TO);
        assertThat(preview.recordedArrivalsSummary())
                .isEqualTo("No arrivals recorded yet between 2025-11-28 and 2026-11-28: the comparison covers the 120 sample travellers only.");
    }

    @Test
    void overTheRecordedArrivalsOfTheLastTwelveMonths() {
        assertThat(new RegulationSetAdministration.Preview(null, 120, 4312, FROM, TO).recordedArrivalsSummary())
                .isEqualTo("Over 4312 recorded arrivals of the last 12 months (2025-11-28 to 2026-11-28), and 120 sample travellers.");
        assertThat(new RegulationSetAdministration.Preview(null, 120, 1, FROM, TO).recordedArrivalsSummary())
                .startsWith("Over 1 recorded arrival of the last 12 months");
    }
}
