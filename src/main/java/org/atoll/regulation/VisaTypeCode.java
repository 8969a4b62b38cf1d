package org.atoll.regulation;

/** Code of a visa or permit type in a regulation set, e.g. "VOA". */
public record VisaTypeCode(String value) implements Comparable<VisaTypeCode> {

    public VisaTypeCode {
        value = Codes.code(value, "visa type code");
    }

    public static VisaTypeCode of(String value) {
        return new VisaTypeCode(value);
    }

    @Override
    public int compareTo(VisaTypeCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
