package org.atoll.visa;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The number printed on a visa and written in its machine readable zone. ICAO 9303-7 gives the
 * visa number nine positions, so Atoll's numbers are a letter and eight digits ({@code V00001234}).
 */
public record VisaNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z][0-9]{8}");

    public VisaNumber {
        Objects.requireNonNull(value, "visa number");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("A visa number is a letter and eight digits, e.g. V00001234, not '" + value + "'");
        }
    }

    public static VisaNumber of(String raw) {
        return new VisaNumber(Objects.requireNonNull(raw, "visa number").strip().toUpperCase(Locale.ROOT));
    }

    public static VisaNumber fromSequence(long n) {
        if (n < 1 || n > 99_999_999L) {
            throw new IllegalArgumentException("Visa sequence out of range: " + n);
        }
        return new VisaNumber(String.format(Locale.ROOT, "V%08d", n));
    }

    public static boolean isWellFormed(String raw) {
        return raw != null && SHAPE.matcher(raw.strip().toUpperCase(Locale.ROOT)).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
