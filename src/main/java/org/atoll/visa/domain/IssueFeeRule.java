package org.atoll.visa.domain;

import java.util.Optional;

import org.atoll.regulation.Money;

/** A visa whose type has a fee is issued only once the fee is paid or waived. */
public final class IssueFeeRule {

    private IssueFeeRule() {
    }

    /** Why the visa cannot be issued yet, or empty when the fee does not stand in the way. */
    public static Optional<String> refusal(String typeCode, Money typeFee, FeeStatus status) {
        if (typeFee.isZero() || status != FeeStatus.UNPAID) {
            return Optional.empty();
        }
        return Optional.of("The fee of " + typeCode + " (" + typeFee.currency().getCurrencyCode() + " " + typeFee.amount().toPlainString()
                + ") is unpaid: record the payment (or a waiver) before the visa is issued");
    }
}
