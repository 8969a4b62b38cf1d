package org.atoll.visa.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.atoll.regulation.Money;

/**
 * One recording of an application's fee status: at submission and at each change, by whom and
 * when, with the amount paid and the receipt reference when the officer gives them.
 */
public record FeeRecord(FeeStatus status, Optional<Money> amount, Optional<String> receipt, Optional<String> note,
                        String recordedBy, Instant recordedAt) {

    public FeeRecord {
        Objects.requireNonNull(status, "fee status");
        amount = amount == null ? Optional.empty() : amount;
        receipt = receipt == null ? Optional.empty() : receipt.map(String::strip).filter(r -> !r.isEmpty());
        note = note == null ? Optional.empty() : note.map(String::strip).filter(r -> !r.isEmpty());
        Objects.requireNonNull(recordedBy, "recorded by");
        Objects.requireNonNull(recordedAt, "recorded at");
        if (status != FeeStatus.PAID && (amount.isPresent() || receipt.isPresent())) {
            throw new IllegalArgumentException("An amount and a receipt go with a payment (PAID), not with " + status);
        }
        if (receipt.isPresent() && receipt.get().length() > 60) {
            throw new IllegalArgumentException("A receipt reference is at most 60 characters");
        }
        if (note.isPresent() && note.get().length() > 500) {
            throw new IllegalArgumentException("A note is at most 500 characters");
        }
    }
}
