package org.atoll.regulation;

/** Code naming a regime or an entry requirement in a regulation set, e.g. "PASSPORT-6M"; validation errors name rules by it. */
public record RuleCode(String value) implements Comparable<RuleCode> {

    public RuleCode {
        value = Codes.code(value, "rule code");
    }

    public static RuleCode of(String value) {
        return new RuleCode(value);
    }

    @Override
    public int compareTo(RuleCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
