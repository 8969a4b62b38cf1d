package org.atoll.regulation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The travel document as the rules need it: its ICAO document code (P, PD, ID...), its number
 * when known (to find earlier stays) and its expiry date.
 */
public record TravelDocument(String type, Optional<String> number, LocalDate expiry) {

    // ICAO 9303: document code is one or two letters; numbers are A-Z and 0-9 (overflow allowed past 9).
    private static final Pattern TYPE = Pattern.compile("[A-Z]{1,2}");
    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9]{1,20}");

    public TravelDocument {
        Objects.requireNonNull(type, "document type");
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("A document type is one or two letters (ICAO 9303), not '" + type + "'");
        }
        number = number == null ? Optional.empty() : number;
        number.ifPresent(n -> {
            if (!NUMBER.matcher(n).matches()) {
                throw new IllegalArgumentException("A document number is 1 to 20 letters and digits, not '" + n + "'");
            }
        });
        Objects.requireNonNull(expiry, "document expiry");
    }

    public static TravelDocument passport(String number, LocalDate expiry) {
        return new TravelDocument("P", Optional.ofNullable(number), expiry);
    }
}
