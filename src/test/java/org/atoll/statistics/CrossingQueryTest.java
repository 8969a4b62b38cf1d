package org.atoll.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.atoll.InvalidRequestException;
import org.junit.jupiter.api.Test;

class CrossingQueryTest {

    static List<String> fieldsOf(Runnable parse) {
        try {
            parse.run();
        } catch (InvalidRequestException e) {
            return e.problems().stream().map(InvalidRequestException.FieldProblem::field).toList();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void groupByIsReadFromCommaSeparatedNamesInAnyCaseInTheOrderGiven() {
        CrossingQuery q = CrossingQuery.parse("2026-01-01", "2026-12-31", List.of("month, NATIONALITY", "ageband"));
        assertThat(q.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(q.groupBy()).containsExactly(Dimension.MONTH, Dimension.NATIONALITY, Dimension.AGE_BAND);
        assertThat(CrossingQuery.parse("2026-01-01", "2026-01-01", null).groupBy()).isEmpty();
    }

    @Test
    void eachWrongParameterIsNamed() {
        assertThat(fieldsOf(() -> CrossingQuery.parse(null, "2026-13-01", List.of("colour"))))
                .containsExactly("from", "to", "groupBy");
        assertThat(fieldsOf(() -> CrossingQuery.parse("2026-02-01", "2026-01-31", List.of()))).containsExactly("to");
        assertThat(fieldsOf(() -> CrossingQuery.parse("2026-01-01", "2026-01-02", List.of("month,month")))).containsExactly("groupBy");
    }

    @Test
    void aQueryIsBoundedInYearsDimensionsAndDaysByDay() {
        assertThat(CrossingQuery.parse("2021-01-01", "2025-12-31", List.of()).to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(fieldsOf(() -> CrossingQuery.parse("2021-01-01", "2026-01-01", List.of()))).containsExactly("to");
        assertThat(fieldsOf(() -> CrossingQuery.parse("2026-01-01", "2026-02-01",
                List.of("month,port,nationality,sex,ageBand")))).containsExactly("groupBy");
        assertThat(CrossingQuery.parse("2024-01-01", "2024-12-31", List.of("day")).groupBy()).containsExactly(Dimension.DAY);
        assertThatThrownBy(() -> CrossingQuery.parse("2024-01-01", "2025-01-01", List.of("day")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("366 days");
    }
}
