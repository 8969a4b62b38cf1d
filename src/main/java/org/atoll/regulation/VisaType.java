package org.atoll.regulation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A visa or permit type: who may use it (purposes), how it is obtained, how long a stay it
 * grants, how often it may be extended and what it costs. A visa-free entry is a type too
 * (issuance {@link Issuance#VISA_FREE}), so that every admission names the type it rests on.
 * What a type requires at entry is expressed by the set's entry requirements scoped to it.
 */
public record VisaType(
        VisaTypeCode code,
        String name,
        Set<Purpose> purposes,
        Issuance issuance,
        int maxStayDays,
        Entries entries,
        ExtensionPolicy extensions,
        Money fee,
        boolean workAllowed,
        ProvisionReference provision) {

    public VisaType {
        Objects.requireNonNull(code, "code");
        name = Texts.required(name, "visa type name");
        Objects.requireNonNull(purposes, "purposes");
        if (purposes.isEmpty()) {
            throw new IllegalArgumentException("Visa type " + code + " must cover at least one purpose");
        }
        purposes = Collections.unmodifiableSet(EnumSet.copyOf(purposes));
        Objects.requireNonNull(issuance, "issuance");
        if (maxStayDays <= 0) {
            throw new IllegalArgumentException("Visa type " + code + " must allow a stay of at least one day");
        }
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(extensions, "extensions");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(provision, "provision");
    }

    public boolean covers(Purpose purpose) {
        return purposes.contains(purpose);
    }

    /** The longest stay one entry can reach: the first stay plus every extension. */
    public int longestStayWithExtensions() {
        return maxStayDays + extensions.totalExtraDays();
    }
}
