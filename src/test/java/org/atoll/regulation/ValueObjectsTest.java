package org.atoll.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.atoll.reference.CountryCode;
import org.junit.jupiter.api.Test;

class ValueObjectsTest {

    @Test
    void readsAndWritesMoneyAsTheDocumentsStateIt() {
        assertThat(Money.parse("USD 50")).isEqualTo(Money.usd(50));
        assertThat(Money.parse("USD 50.00")).isEqualTo(Money.usd(50));
        assertThat(Money.usd(50).toPlainString()).isEqualTo("USD 50");
        assertThat(Money.parse("USD 12.5").toPlainString()).isEqualTo("USD 12.50");
        assertThat(Money.usd(200).times(3)).isEqualTo(Money.usd(600));
    }

    @Test
    void refusesNegativeOrMalformedMoney() {
        assertThatThrownBy(() -> Money.parse("USD -1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parse("50")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.usd(1).isLessThan(Money.of("EUR", 2))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsGermanysIcaoCodeAsDeuInGroupsAndRegimes() {
        NationalityGroup schengen = new NationalityGroup(GroupCode.of("SCHENGEN"), "Schengen states",
                Set.of(CountryCode.of("D"), CountryCode.of("FRA")));

        assertThat(schengen.members()).containsExactly(CountryCode.of("DEU"), CountryCode.of("FRA"));
        assertThat(schengen.includes(CountryCode.of("D"))).isTrue();
        assertThat(AppliesTo.nationality(CountryCode.of("D"))).isEqualTo(AppliesTo.nationality(CountryCode.of("DEU")));
    }

    @Test
    void refusesMalformedCodes() {
        assertThatThrownBy(() -> VisaTypeCode.of("voa")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RuleCode.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GroupCode.of("SCHENGEN STATES")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TravelDocument("PASSPORT", Optional.empty(), LocalDate.of(2030, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesARollingWindowAllowingMoreDaysThanItHas() {
        assertThatThrownBy(() -> new RollingWindow(181, 180)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tellsWhetherValiditiesOverlap() {
        Validity firstHalf = Validity.between(null, LocalDate.of(2025, 6, 30));
        Validity secondHalf = Validity.between(LocalDate.of(2025, 7, 1), null);

        assertThat(firstHalf.overlaps(secondHalf)).isFalse();
        assertThat(firstHalf.overlaps(Validity.ALWAYS)).isTrue();
        assertThat(secondHalf.contains(LocalDate.of(2025, 7, 1))).isTrue();
        assertThat(firstHalf.contains(LocalDate.of(2025, 7, 1))).isFalse();
        assertThatThrownBy(() -> Validity.between(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesARegimeThatRequiresAVisaYetSetsItsOwnStay() {
        assertThatThrownBy(() -> NationalityRegime.builder("R-X", AppliesTo.allOthers(), RegimeKind.VISA_REQUIRED)
                .permitType("EV").stayDays(30).provision("P, §1").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("R-X");
    }

    @Test
    void refusesARegimeWithoutTheTypeItRestsOn() {
        assertThatThrownBy(() -> NationalityRegime.builder("R-X", AppliesTo.allOthers(), RegimeKind.VISA_EXEMPT)
                .stayDays(30).provision("P, §1").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("R-X");
    }

    @Test
    void refusesDuplicateRulesInOneSet() {
        Provision provision = new Provision(ProvisionReference.of("P, §1"), "T", "Text");

        assertThatThrownBy(() -> RegulationSet.builder(RegulationSetId.random(), 1).title("T").legalInstrument("L")
                .effectiveDate(LocalDate.of(2025, 1, 1)).provision(provision).provision(provision).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Duplicate provision P, §1");
    }
}
