package org.atoll.regulation;

/** Code of a nationality group in a regulation set, e.g. "SCHENGEN". */
public record GroupCode(String value) implements Comparable<GroupCode> {

    public GroupCode {
        value = Codes.code(value, "nationality group code");
    }

    public static GroupCode of(String value) {
        return new GroupCode(value);
    }

    @Override
    public int compareTo(GroupCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
