package org.atoll.regulation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whom a requirement applies to: travellers entering under the listed visa types (any when
 * empty) for the listed purposes (any when empty), except the exempted purposes.
 */
public record RequirementScope(Set<VisaTypeCode> visaTypes, Set<Purpose> purposes, Set<Purpose> exemptPurposes) {

    public static final RequirementScope EVERYONE = new RequirementScope(Set.of(), Set.of(), Set.of());

    public RequirementScope {
        visaTypes = Collections.unmodifiableSet(new TreeSet<>(Objects.requireNonNull(visaTypes, "visaTypes")));
        purposes = purposes(purposes);
        exemptPurposes = purposes(exemptPurposes);
    }

    private static Set<Purpose> purposes(Set<Purpose> given) {
        Objects.requireNonNull(given, "purposes");
        return given.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(given));
    }

    public boolean appliesTo(VisaTypeCode visaType, Purpose purpose) {
        return (visaTypes.isEmpty() || visaTypes.contains(visaType))
                && (purposes.isEmpty() || purposes.contains(purpose))
                && !exemptPurposes.contains(purpose);
    }
}
