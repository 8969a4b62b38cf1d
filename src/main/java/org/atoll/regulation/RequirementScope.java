package org.atoll.regulation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whom a requirement applies to: travellers entering under the listed visa types (any when
 * empty) for the listed purposes (any when empty), except the exempted purposes and travellers
 * who declare one of the exempted statuses (e.g. the spouse of a citizen).
 */
public record RequirementScope(Set<VisaTypeCode> visaTypes, Set<Purpose> purposes, Set<Purpose> exemptPurposes,
        Set<TravellerStatus> exemptStatuses) {

    public static final RequirementScope EVERYONE = new RequirementScope(Set.of(), Set.of(), Set.of());

    public RequirementScope {
        visaTypes = Collections.unmodifiableSet(new TreeSet<>(Objects.requireNonNull(visaTypes, "visaTypes")));
        purposes = purposes(purposes);
        exemptPurposes = purposes(exemptPurposes);
        Objects.requireNonNull(exemptStatuses, "exemptStatuses");
        exemptStatuses = exemptStatuses.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(exemptStatuses));
    }

    /** A scope without status exemptions. */
    public RequirementScope(Set<VisaTypeCode> visaTypes, Set<Purpose> purposes, Set<Purpose> exemptPurposes) {
        this(visaTypes, purposes, exemptPurposes, Set.of());
    }

    /** The declared statuses that exempt from the requirement (those of {@code declared} this scope names). */
    public Set<TravellerStatus> exemptingStatuses(Set<TravellerStatus> declared) {
        return declared.stream().filter(exemptStatuses::contains)
                .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(TravellerStatus.class)));
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
