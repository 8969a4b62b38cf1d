package org.atoll.regulation;

import java.util.Objects;

/** How a stay under a visa type may be extended after entry: how many times, by how long, at what fee each. */
public record ExtensionPolicy(int maxExtensions, int daysEach, Money feeEach) {

    public ExtensionPolicy {
        Objects.requireNonNull(feeEach, "extension fee");
        if (maxExtensions < 0) {
            throw new IllegalArgumentException("The number of extensions cannot be negative: " + maxExtensions);
        }
        if (maxExtensions > 0 && daysEach <= 0) {
            throw new IllegalArgumentException("An extension lasts at least one day: " + daysEach);
        }
    }

    public static ExtensionPolicy none(Money zero) {
        return new ExtensionPolicy(0, 0, zero);
    }

    public boolean allowsExtensions() {
        return maxExtensions > 0;
    }

    public int totalExtraDays() {
        return maxExtensions * daysEach;
    }
}
