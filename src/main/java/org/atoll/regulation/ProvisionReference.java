package org.atoll.regulation;

import java.util.Objects;

/**
 * How the law is cited, e.g. "Immigration Regulations 2006, §VOA". Rules point to provisions by
 * this reference; it reads as a citation on a refusal notice.
 */
public record ProvisionReference(String value) implements Comparable<ProvisionReference> {

    public ProvisionReference {
        Objects.requireNonNull(value, "provision reference");
        value = value.strip();
        if (value.isEmpty() || value.length() > 160) {
            throw new IllegalArgumentException("A provision reference has 1 to 160 characters, not '" + value + "'");
        }
    }

    public static ProvisionReference of(String value) {
        return new ProvisionReference(value);
    }

    @Override
    public int compareTo(ProvisionReference other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
