package org.atoll.visa.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.atoll.regulation.Entries;
import org.atoll.regulation.ExtensionPolicy;
import org.atoll.regulation.Issuance;
import org.atoll.regulation.Money;
import org.atoll.regulation.ProvisionReference;
import org.atoll.regulation.Purpose;
import org.atoll.regulation.VisaType;
import org.atoll.regulation.VisaTypeCode;
import org.atoll.visa.VisaApplicationId;
import org.atoll.visa.VisaNumber;
import org.junit.jupiter.api.Test;

class IssuedVisaTest {

    static final VisaType TWICE_30 = new VisaType(VisaTypeCode.of("TV"), "Tourist visa", Set.of(Purpose.TOURISM),
            Issuance.IN_ADVANCE, 30, Entries.SINGLE, new ExtensionPolicy(2, 30, Money.usd(50)), Money.usd(0), false,
            ProvisionReference.of("Immigration Regulations 2006, §TV"));
    static final VisaType NONE = new VisaType(VisaTypeCode.of("EV"), "Entry visa", Set.of(Purpose.TOURISM),
            Issuance.IN_ADVANCE, 30, Entries.SINGLE, ExtensionPolicy.none(Money.usd(0)), Money.usd(0), false,
            ProvisionReference.of("Immigration Regulations 2006, §ENTRY-VISA"));

    private final ExtensionRequestPolicy policy = new ExtensionRequestPolicy();

    static IssuedVisa aSingleEntryVisa() {
        return new IssuedVisa(VisaNumber.of("V00000042"), VisaApplicationId.random(), VisaTypeCode.of("TV"),
                Applications.aBangladeshiApplicant(),
                new IssuedVisa.Terms(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 31), 1, 30, List.of("No employment")),
                0, List.of(), "officer", Applications.NOW, null, List.of(), 0);
    }

    @Test
    void aSingleEntryVisaIsUsedOnceWithinItsValidity() {
        IssuedVisa visa = aSingleEntryVisa();
        assertThatThrownBy(() -> visa.recordEntry(LocalDate.of(2026, 3, 1))).hasMessageContaining("not valid before");
        visa.recordEntry(LocalDate.of(2026, 4, 1));
        assertThat(visa.toRecord().entriesUsed()).isEqualTo(1);
        assertThat(visa.toRecord().unusableOn(LocalDate.of(2026, 4, 2))).contains("all 1 entries used");
        assertThat(visa.toRecord().asHeldVisa().confirmed()).isTrue();
    }

    @Test
    void extensionsFollowTheTypesPolicy() {
        IssuedVisa visa = aSingleEntryVisa();
        assertThat(policy.check(visa, NONE, 10).allowed()).isFalse();
        assertThat(policy.check(visa, NONE, 10).reason()).contains("allows no extension");
        assertThat(policy.check(visa, TWICE_30, 31).reason()).contains("at most 30 days");

        var first = visa.requestExtension(policy.check(visa, TWICE_30, 30), 30, "Missed flight", "officer", Applications.NOW);
        assertThat(policy.check(visa, TWICE_30, 30).reason()).contains("already pending");
        visa.decideExtension(first.id(), true, "supervisor", Applications.NOW, null);
        assertThat(visa.toRecord().permittedStayDays()).isEqualTo(60);

        var second = visa.requestExtension(policy.check(visa, TWICE_30, 15), 15, "Illness", "officer", Applications.NOW);
        visa.decideExtension(second.id(), true, "supervisor", Applications.NOW, null);
        assertThat(policy.check(visa, TWICE_30, 5).allowed()).isFalse();
        assertThat(policy.check(visa, TWICE_30, 5).reason()).contains("allows 2 extensions; 2 already granted");
    }

    @Test
    void aRevokedVisaCannotBeUsedNorExtendedNorRevokedAgain() {
        IssuedVisa visa = aSingleEntryVisa();
        visa.revoke(Applications.GROUNDS, "officer", Applications.NOW, LocalDate.of(2026, 3, 10));
        assertThat(visa.toRecord().unusableOn(LocalDate.of(2026, 4, 1))).contains("revoked on 2026-03-10");
        assertThat(policy.check(visa, TWICE_30, 10).allowed()).isFalse();
        assertThatThrownBy(() -> visa.revoke(Applications.GROUNDS, "officer", Applications.NOW, LocalDate.of(2026, 3, 11)))
                .hasMessageContaining("already revoked");
    }

    @Test
    void aVisaNumberHasNinePositionsForTheMrz() {
        assertThat(VisaNumber.fromSequence(42).value()).isEqualTo("V00000042");
        assertThatThrownBy(() -> VisaNumber.of("V123")).isInstanceOf(IllegalArgumentException.class);
    }
}
