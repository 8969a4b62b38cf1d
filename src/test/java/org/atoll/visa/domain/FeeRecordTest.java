package org.atoll.visa.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;

import org.atoll.regulation.Money;
import org.junit.jupiter.api.Test;

class FeeRecordTest {

    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void aPaymentMayCarryItsAmountAndReceipt() {
        FeeRecord paid = new FeeRecord(FeeStatus.PAID, Optional.of(Money.usd(50)), Optional.of(" R-2026-0042 "), Optional.empty(),
                "dngiraked", AT);
        assertThat(paid.receipt()).contains("R-2026-0042");
        assertThat(paid.amount()).contains(Money.usd(50));
    }

    @Test
    void anAmountOrReceiptGoesOnlyWithAPayment() {
        assertThatThrownBy(() -> new FeeRecord(FeeStatus.WAIVED, Optional.of(Money.usd(50)), Optional.empty(), Optional.empty(), "x", AT))
                .hasMessageContaining("PAID");
        assertThatThrownBy(() -> new FeeRecord(FeeStatus.UNPAID, Optional.empty(), Optional.of("R-1"), Optional.empty(), "x", AT))
                .hasMessageContaining("PAID");
        assertThat(new FeeRecord(FeeStatus.WAIVED, Optional.empty(), Optional.of("  "), Optional.of("diplomat"), "x", AT).receipt())
                .isEmpty();
    }

    @Test
    void aVisaWithAFeeIsNotIssuedWhileTheFeeIsUnpaid() {
        assertThat(IssueFeeRule.refusal("EV", Money.usd(50), FeeStatus.UNPAID)).get().asString().contains("USD 50").contains("unpaid");
        assertThat(IssueFeeRule.refusal("EV", Money.usd(50), FeeStatus.PAID)).isEmpty();
        assertThat(IssueFeeRule.refusal("EV", Money.usd(50), FeeStatus.WAIVED)).isEmpty();
        assertThat(IssueFeeRule.refusal("EV", Money.usd(0), FeeStatus.UNPAID)).as("a free visa").isEmpty();
    }
}
