package org.atoll.regulation;

import java.util.Objects;

/** A fee the traveller owes on admission, where it is paid, and the provision that levies it. */
public record FeeDue(String name, Money amount, String howPaid, ProvisionReference provision) {

    public FeeDue {
        name = Texts.required(name, "fee name");
        Objects.requireNonNull(amount, "amount");
        howPaid = Texts.required(howPaid, "how paid");
        Objects.requireNonNull(provision, "provision");
    }
}
