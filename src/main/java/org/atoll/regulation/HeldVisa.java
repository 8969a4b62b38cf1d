package org.atoll.regulation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A visa or permit the traveller holds. {@code confirmed} is true when its data comes from the
 * visa register (the visa module looked it up); a number the traveller merely quotes is to be
 * verified by the officer. The type may be unknown when only a number is given.
 */
public record HeldVisa(Optional<VisaTypeCode> type, String number, Optional<LocalDate> validUntil, boolean confirmed) {

    public HeldVisa {
        type = type == null ? Optional.empty() : type;
        number = Texts.required(number, "visa number");
        validUntil = validUntil == null ? Optional.empty() : validUntil;
    }

    public static HeldVisa confirmed(String type, String number, LocalDate validUntil) {
        return new HeldVisa(Optional.of(VisaTypeCode.of(type)), number, Optional.of(Objects.requireNonNull(validUntil)), true);
    }

    public static HeldVisa quoted(Optional<VisaTypeCode> type, String number) {
        return new HeldVisa(type, number, Optional.empty(), false);
    }
}
