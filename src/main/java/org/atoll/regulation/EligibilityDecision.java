package org.atoll.regulation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The engine's answer: the outcome, the visa or permit type the entry rests on (or the one to
 * apply for), the last day of the permitted stay, every check with its status and provision, the
 * fees due on admission, and the set it was decided under.
 */
public record EligibilityDecision(
        Outcome outcome,
        String summary,
        Optional<VisaType> permitType,
        Optional<LocalDate> permittedUntil,
        List<RequirementCheck> checks,
        List<FeeDue> feesDue,
        LocalDate arrivalDate,
        RegulationBasis basis) {

    public EligibilityDecision {
        Objects.requireNonNull(outcome, "outcome");
        summary = Texts.required(summary, "summary");
        permitType = permitType == null ? Optional.empty() : permitType;
        permittedUntil = permittedUntil == null ? Optional.empty() : permittedUntil;
        checks = List.copyOf(checks);
        feesDue = List.copyOf(feesDue);
        Objects.requireNonNull(arrivalDate, "arrival date");
        Objects.requireNonNull(basis, "basis");
    }

    /** Days from arrival to the last permitted day, both counted. */
    public Optional<Integer> permittedStayDays() {
        return permittedUntil.map(until -> (int) ChronoUnit.DAYS.between(arrivalDate, until) + 1);
    }

    public Optional<VisaTypeCode> permitTypeCode() {
        return permitType.map(VisaType::code);
    }

    /** The checks that decide the outcome (those not met whose consequence is the outcome). */
    public List<RequirementCheck> grounds() {
        return checks.stream()
                .filter(c -> c.status() == CheckStatus.NOT_MET && c.ifNotMet().outcome() == outcome)
                .collect(Collectors.toList());
    }

    /** The provisions the outcome rests on, for a refusal notice or the officer's screen. */
    public List<ProvisionReference> legalGrounds() {
        return grounds().stream().map(RequirementCheck::provision).distinct().collect(Collectors.toList());
    }

    public Optional<RequirementCheck> check(CheckKind kind) {
        return checks.stream().filter(c -> c.kind() == kind).findFirst();
    }

    public List<RequirementCheck> checksToVerify() {
        return checks.stream().filter(c -> c.status() == CheckStatus.TO_VERIFY).collect(Collectors.toList());
    }
}
