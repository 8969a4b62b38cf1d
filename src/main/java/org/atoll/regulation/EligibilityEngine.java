package org.atoll.regulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.atoll.reference.KnownCodes;
import org.atoll.regulation.policy.EntryRoute;
import org.atoll.regulation.policy.OutcomePolicy;
import org.atoll.regulation.policy.RequirementPolicies;
import org.atoll.regulation.policy.RollingWindowPolicy;
import org.atoll.regulation.policy.RoutePolicy;
import org.atoll.regulation.policy.StayLimitPolicy;

/**
 * Answers whether a traveller may enter under a regulation set: finds the regime and the visa or
 * permit type, works out the permitted stay (with rolling windows over earlier stays), checks
 * each entry requirement that applies, and lists the fees due. Plain domain code; the arrival
 * date is the only "today" it knows.
 */
public final class EligibilityEngine {

    private final KnownCodes knownCodes;
    private final Optional<ArrivalHistory> arrivalHistory;
    private final RoutePolicy routePolicy = new RoutePolicy();
    private final RollingWindowPolicy rollingWindowPolicy = new RollingWindowPolicy();
    private final StayLimitPolicy stayLimitPolicy = new StayLimitPolicy();
    private final RequirementPolicies requirementPolicies = new RequirementPolicies();
    private final OutcomePolicy outcomePolicy = new OutcomePolicy();

    /** Without earlier stays: rolling windows are left for the officer to verify. */
    public EligibilityEngine(KnownCodes knownCodes) {
        this.knownCodes = Objects.requireNonNull(knownCodes, "knownCodes");
        this.arrivalHistory = Optional.empty();
    }

    public EligibilityEngine(KnownCodes knownCodes, ArrivalHistory arrivalHistory) {
        this.knownCodes = Objects.requireNonNull(knownCodes, "knownCodes");
        this.arrivalHistory = Optional.of(arrivalHistory);
    }

    /**
     * @throws UnknownNationalityException when the nationality is not a known code on the arrival date
     * @throws UnknownVisaTypeException when the visa held names a type the set does not define
     * @throws RegulationGapException when the set has no rule for the case (only possible for unvalidated drafts)
     */
    public EligibilityDecision decide(RegulationSet set, EligibilityRequest request) {
        if (!knownCodes.isKnownCountry(request.nationality(), request.arrivalDate())) {
            throw new UnknownNationalityException(request.nationality());
        }
        request.visa().flatMap(HeldVisa::type).ifPresent(type -> set.visaType(type)
                .orElseThrow(() -> new UnknownVisaTypeException(type)));

        EntryRoute route = routePolicy.resolve(set, request);
        List<RequirementCheck> checks = new ArrayList<>();
        checks.add(route.check());
        if (route.asOfRight()) {
            return new EligibilityDecision(Outcome.ELIGIBLE, route.check().reason(), Optional.empty(), Optional.empty(), checks,
                    List.of(), request.arrivalDate(), set.basis());
        }
        VisaType type = route.permitType().orElseThrow();

        Optional<LocalDate> permittedUntil = Optional.empty();
        if (route.admissible()) {
            int permittedDays = route.stayDays().orElse(type.maxStayDays());
            boolean shortened = false;
            if (route.rollingWindow().isPresent()) {
                RollingWindow window = route.rollingWindow().get();
                RollingWindowPolicy.Result result = rollingWindowPolicy.check(window, route.regime().code().value(),
                        route.regime().provision(), request.arrivalDate(), permittedDays, earlierStays(request, window));
                checks.add(result.check());
                if (result.daysLeft().isPresent() && result.daysLeft().get() < permittedDays) {
                    permittedDays = result.daysLeft().get();
                    shortened = true;
                }
            }
            if (permittedDays > 0) {
                checks.add(stayLimitPolicy.check(route.regime().code().value(), type, permittedDays, shortened,
                        request.intendedStayDays(), request.arrivalDate(), route.stayProvision()));
                permittedUntil = Optional.of(request.arrivalDate().plusDays(permittedDays - 1L));
            }
        }

        List<EntryRequirement> requirements = new ArrayList<>();
        for (EntryRequirement requirement : set.requirementsFor(type.code(), request.purpose())) {
            Set<TravellerStatus> exempting = requirement.scope().exemptingStatuses(request.declaredStatuses());
            if (exempting.isEmpty()) {
                requirements.add(requirement);
            } else {
                checks.add(exemption(requirement, exempting));
            }
        }
        for (EntryRequirement requirement : requirements) {
            checks.add(requirementPolicies.forRule(requirement.rule()).check(requirement, request, route));
            if (requirement.rule() instanceof RequirementRule.StatusEndsWithPermit && permittedUntil.isPresent()) {
                Optional<LocalDate> statusEnds = requirementPolicies.permitStatus().lastDayOfStatus(route);
                if (statusEnds.isPresent() && statusEnds.get().isBefore(permittedUntil.get())) {
                    permittedUntil = statusEnds;
                }
            }
        }

        Outcome outcome = outcomePolicy.outcome(checks);
        boolean admitted = outcome == Outcome.ELIGIBLE || outcome == Outcome.OFFICER_CHECK;
        List<FeeDue> fees = admitted ? feesDue(type, requirements) : List.of();
        return new EligibilityDecision(outcome, summary(outcome, type, permittedUntil, checks), Optional.of(type),
                admitted ? permittedUntil : Optional.empty(), checks, fees, request.arrivalDate(), set.basis());
    }

    private Optional<List<EarlierStay>> earlierStays(EligibilityRequest request, RollingWindow window) {
        if (arrivalHistory.isEmpty() || request.traveller().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(arrivalHistory.get().earlierStays(request.traveller().get(),
                RollingWindowPolicy.windowStart(window, request.arrivalDate()), request.arrivalDate().minusDays(1)));
    }

    /** A requirement the traveller is exempt from by a declared status: the officer confirms the status. */
    private static RequirementCheck exemption(EntryRequirement requirement, Set<TravellerStatus> statuses) {
        String declared = statuses.stream().map(st -> st.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
        return new RequirementCheck(CheckKind.DECLARED_EXEMPTION, requirement.code().value(), CheckStatus.TO_VERIFY,
                "Exempt from " + requirement.title() + " as declared " + declared + ": the officer confirms the status",
                Verification.OFFICER_CHECK, Consequence.REFER, requirement.provision());
    }

    private static List<FeeDue> feesDue(VisaType type, List<EntryRequirement> requirements) {
        List<FeeDue> fees = new ArrayList<>();
        if (type.issuance().grantedAtThePort() && !type.fee().isZero()) {
            fees.add(new FeeDue(type.name(), type.fee(), "at the port, on grant", type.provision()));
        }
        for (EntryRequirement requirement : requirements) {
            if (requirement.rule() instanceof RequirementRule.FeePaid) {
                RequirementRule.FeePaid fee = (RequirementRule.FeePaid) requirement.rule();
                if (!fee.amount().isZero()) {
                    fees.add(new FeeDue(fee.feeName(), fee.amount(), fee.howPaid(), requirement.provision()));
                }
            }
        }
        return fees;
    }

    private static String summary(Outcome outcome, VisaType type, Optional<LocalDate> until, List<RequirementCheck> checks) {
        if (outcome == Outcome.ELIGIBLE) {
            return "Eligible under " + type.name() + " (" + type.code() + ")" + until.map(u -> ", stay until " + u).orElse("");
        }
        String grounds = checks.stream()
                .filter(c -> c.status() == CheckStatus.NOT_MET && c.ifNotMet().outcome() == outcome)
                .map(c -> c.reason() + " [" + c.provision() + "]")
                .collect(Collectors.joining("; "));
        switch (outcome) {
            case VISA_REQUIRED:
                return "Visa required: " + grounds;
            case NOT_ELIGIBLE:
                return "Not eligible: " + grounds;
            default:
                return "Officer check: " + grounds;
        }
    }
}
