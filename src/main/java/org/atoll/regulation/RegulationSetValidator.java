package org.atoll.regulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.atoll.reference.CountryCode;

/**
 * Checks a set before publication: every rule cites a provision of the set and points to types
 * and groups it defines, every purpose has a regime for "all other nationalities" from the
 * effective date on, and no rules contradict each other. Each error names the rule at fault.
 */
public final class RegulationSetValidator {

    public ValidationReport validate(RegulationSet set) {
        List<ValidationError> errors = new ArrayList<>();
        checkCitations(set, errors);
        checkVisaTypes(set, errors);
        checkRegimes(set, errors);
        checkRequirements(set, errors);
        checkDefaults(set, errors);
        checkConflicts(set, errors);
        return new ValidationReport(errors);
    }

    private static void checkCitations(RegulationSet set, List<ValidationError> errors) {
        for (VisaType type : set.visaTypes()) {
            cite(set, "visa type " + type.code(), type.provision(), errors);
        }
        for (NationalityRegime regime : set.regimes()) {
            cite(set, "regime " + regime.code(), regime.provision(), errors);
        }
        for (EntryRequirement requirement : set.requirements()) {
            cite(set, "requirement " + requirement.code(), requirement.provision(), errors);
        }
    }

    private static void cite(RegulationSet set, String rule, ProvisionReference reference, List<ValidationError> errors) {
        if (set.provision(reference).isEmpty()) {
            errors.add(new ValidationError(rule, ValidationErrorKind.MISSING_PROVISION,
                    "cites '" + reference + "', which is not among the set's provisions"));
        }
    }

    private static void checkVisaTypes(RegulationSet set, List<ValidationError> errors) {
        for (VisaType type : set.visaTypes()) {
            if (type.covers(Purpose.EMPLOYMENT) && !type.workAllowed()) {
                errors.add(new ValidationError("visa type " + type.code(), ValidationErrorKind.WORK_NOT_ALLOWED,
                        "covers employment but does not allow work"));
            }
        }
    }

    private static void checkRegimes(RegulationSet set, List<ValidationError> errors) {
        for (NationalityRegime regime : set.regimes()) {
            String rule = "regime " + regime.code();
            if (regime.appliesTo() instanceof AppliesTo.Group) {
                GroupCode group = ((AppliesTo.Group) regime.appliesTo()).code();
                if (set.group(group).isEmpty()) {
                    errors.add(new ValidationError(rule, ValidationErrorKind.UNKNOWN_GROUP,
                            "applies to group " + group + ", which the set does not define"));
                }
            }
            if (regime.permitType().isEmpty()) {
                continue;
            }
            VisaTypeCode code = regime.permitType().get();
            Optional<VisaType> found = set.visaType(code);
            if (found.isEmpty()) {
                errors.add(new ValidationError(rule, ValidationErrorKind.UNKNOWN_VISA_TYPE,
                        "points to visa type " + code + ", which the set does not define"));
                continue;
            }
            VisaType type = found.get();
            if (!regime.kind().acceptsIssuance(type.issuance())) {
                errors.add(new ValidationError(rule, ValidationErrorKind.ISSUANCE_MISMATCH,
                        "is " + regime.kind() + " but points to " + code + ", which is " + type.issuance()
                                + " (" + describeNeeded(regime.kind()) + ")"));
            }
            regime.stayDays().filter(days -> days > type.maxStayDays()).ifPresent(days ->
                    errors.add(new ValidationError(rule, ValidationErrorKind.STAY_BEYOND_TYPE_LIMIT,
                            "grants " + days + " days but " + code + " allows at most " + type.maxStayDays())));
            Set<Purpose> uncovered = EnumSet.noneOf(Purpose.class);
            regime.purposes().stream().filter(p -> !type.covers(p)).forEach(uncovered::add);
            if (!uncovered.isEmpty()) {
                errors.add(new ValidationError(rule, ValidationErrorKind.PURPOSE_NOT_COVERED,
                        "covers " + uncovered + " but " + code + " does not"));
            }
            if (regime.covers(Purpose.EMPLOYMENT) && !type.workAllowed()) {
                errors.add(new ValidationError(rule, ValidationErrorKind.WORK_NOT_ALLOWED,
                        "covers employment on " + code + ", which does not allow work"));
            }
        }
    }

    private static String describeNeeded(RegimeKind kind) {
        switch (kind) {
            case VISA_EXEMPT:
                return "a visa-exempt regime needs a VISA_FREE type";
            case VISA_ON_ARRIVAL:
                return "a visa-on-arrival regime needs a type granted ON_ARRIVAL";
            default:
                return "a visa-required regime needs a type issued IN_ADVANCE";
        }
    }

    private static void checkRequirements(RegulationSet set, List<ValidationError> errors) {
        for (EntryRequirement requirement : set.requirements()) {
            for (VisaTypeCode code : requirement.scope().visaTypes()) {
                if (set.visaType(code).isEmpty()) {
                    errors.add(new ValidationError("requirement " + requirement.code(), ValidationErrorKind.UNKNOWN_VISA_TYPE,
                            "applies to visa type " + code + ", which the set does not define"));
                }
            }
        }
    }

    /** Nationalities are open-ended, so only "all other nationalities" regimes can leave none without a regime. */
    private static void checkDefaults(RegulationSet set, List<ValidationError> errors) {
        for (Purpose purpose : Purpose.values()) {
            List<Validity> defaults = new ArrayList<>();
            for (NationalityRegime regime : set.regimes()) {
                if (regime.appliesTo() instanceof AppliesTo.AllOthers && regime.covers(purpose)) {
                    defaults.add(regime.validity());
                }
            }
            firstUncoveredDay(defaults, set.effectiveDate()).ifPresent(day ->
                    errors.add(new ValidationError("purpose " + purpose, ValidationErrorKind.NO_DEFAULT_REGIME,
                            "no regime for all other nationalities covers " + purpose.name().toLowerCase() + " on " + day
                                    + ": some nationalities would be left without a regime")));
        }
    }

    private static Optional<LocalDate> firstUncoveredDay(List<Validity> validities, LocalDate from) {
        LocalDate cursor = from;
        while (true) {
            LocalDate day = cursor;
            List<Validity> containing = new ArrayList<>();
            for (Validity v : validities) {
                if (v.contains(day)) {
                    containing.add(v);
                }
            }
            if (containing.isEmpty()) {
                return Optional.of(day);
            }
            if (containing.stream().anyMatch(v -> v.until().isEmpty())) {
                return Optional.empty();
            }
            cursor = containing.stream().map(v -> v.until().get()).max(Comparator.naturalOrder()).get().plusDays(1);
        }
    }

    private static void checkConflicts(RegulationSet set, List<ValidationError> errors) {
        List<NationalityRegime> regimes = set.regimes();
        for (int i = 0; i < regimes.size(); i++) {
            for (int j = i + 1; j < regimes.size(); j++) {
                NationalityRegime a = regimes.get(i);
                NationalityRegime b = regimes.get(j);
                if (a.appliesTo().specificity() != b.appliesTo().specificity() || !a.validity().overlaps(b.validity())
                        || sameAnswer(a, b)) {
                    continue;
                }
                Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
                a.purposes().stream().filter(b::covers).forEach(purposes::add);
                if (purposes.isEmpty()) {
                    continue;
                }
                sharedNationality(set, a.appliesTo(), b.appliesTo()).ifPresent(nationality ->
                        errors.add(new ValidationError("regime " + a.code(), ValidationErrorKind.CONFLICTING_REGIMES,
                                "and regime " + b.code() + " both apply to " + nationality + " for " + purposes
                                        + " on the same dates with different answers: " + answer(a) + " vs " + answer(b))));
            }
        }
    }

    private static boolean sameAnswer(NationalityRegime a, NationalityRegime b) {
        return a.kind() == b.kind() && a.permitType().equals(b.permitType()) && a.stayDays().equals(b.stayDays())
                && a.rollingWindow().equals(b.rollingWindow());
    }

    private static String answer(NationalityRegime regime) {
        return regime.kind() + regime.permitType().map(t -> " " + t).orElse("")
                + regime.stayDays().map(d -> " " + d + " days").orElse("")
                + regime.rollingWindow().map(w -> " (" + w.describe() + ")").orElse("");
    }

    private static Optional<String> sharedNationality(RegulationSet set, AppliesTo a, AppliesTo b) {
        if (a instanceof AppliesTo.AllOthers) {
            return Optional.of("all other nationalities");
        }
        if (a instanceof AppliesTo.Nationality) {
            CountryCode code = ((AppliesTo.Nationality) a).code();
            return code.equals(((AppliesTo.Nationality) b).code()) ? Optional.of("nationality " + code) : Optional.empty();
        }
        Optional<NationalityGroup> ga = set.group(((AppliesTo.Group) a).code());
        Optional<NationalityGroup> gb = set.group(((AppliesTo.Group) b).code());
        if (ga.isEmpty() || gb.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<CountryCode> shared = new TreeSet<>(ga.get().members());
        shared.retainAll(gb.get().members());
        return shared.isEmpty() ? Optional.empty() : Optional.of("nationality " + shared.first() + " (in "
                + ga.get().code() + " and " + Objects.requireNonNull(gb.get().code()) + ")");
    }
}
