package org.atoll.alert.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void readsYearYearMonthAndFullDates() {
        assertThat(PartialDate.parse("1970")).isEqualTo(PartialDate.ofYear(1970));
        assertThat(PartialDate.parse("1970-05")).isEqualTo(new PartialDate(1970, 5, 0));
        assertThat(PartialDate.parse("1970-05-17").toString()).isEqualTo("1970-05-17");
    }

    @Test
    void refusesImpossibleDates() {
        assertThatThrownBy(() -> PartialDate.parse("1970-02-30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.parse("17/05/1970")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartialDate(1970, 0, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparesDatesOfBirthAsFarAsBothAreKnown() {
        List<BirthDateRange> exact = List.of(BirthDateRange.exactly("1963-04-11"));
        assertThat(DateOfBirthComparison.compare(PartialDate.parse("1963-04-11"), exact)).isEqualTo(DateOfBirthAgreement.EXACT);
        assertThat(DateOfBirthComparison.compare(PartialDate.parse("1963-11-04"), exact)).isEqualTo(DateOfBirthAgreement.DAY_MONTH_SWAPPED);
        assertThat(DateOfBirthComparison.compare(PartialDate.parse("1963-04-17"), exact)).isEqualTo(DateOfBirthAgreement.ONE_DIGIT_DIFFERS);
        assertThat(DateOfBirthComparison.compare(PartialDate.parse("1936-04-11"), exact)).isEqualTo(DateOfBirthAgreement.ONE_DIGIT_DIFFERS);
        assertThat(DateOfBirthComparison.compare(PartialDate.parse("1963"), exact)).isEqualTo(DateOfBirthAgreement.CONSISTENT);
        assertThat(DateOfBirthComparison.compare(PartialDate.parse("1969-02-02"), List.of(BirthDateRange.exactly("1963"))))
                .isEqualTo(DateOfBirthAgreement.CONFLICT);
        assertThat(DateOfBirthComparison.compare(PartialDate.parse("1964-09-30"), exact)).isEqualTo(DateOfBirthAgreement.NEAR);
        assertThat(DateOfBirthComparison.compare(PartialDate.parse("1980-09-30"), exact)).isEqualTo(DateOfBirthAgreement.CONFLICT);
        assertThat(DateOfBirthComparison.compare(PartialDate.parse("1974-02-02"), List.of(BirthDateRange.years(1973, 1974))))
                .isEqualTo(DateOfBirthAgreement.WITHIN_RANGE);
        assertThat(DateOfBirthComparison.compare(null, exact)).isEqualTo(DateOfBirthAgreement.NOT_COMPARED);
    }
}
