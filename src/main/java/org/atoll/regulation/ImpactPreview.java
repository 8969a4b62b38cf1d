package org.atoll.regulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.atoll.reference.CountryCode;

/**
 * Before publishing, answers the same cases under the set in force and under the draft and
 * reports what would change: outcome, permit type, permitted stay, fees. Cases are samples
 * (every nationality the sets name, plus others, times every purpose) or recorded arrivals.
 */
public final class ImpactPreview {

    private final EligibilityEngine engine;

    public ImpactPreview(EligibilityEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    public ImpactReport compare(RegulationSet inForce, RegulationSet draft, List<ImpactCase> cases) {
        List<ImpactChange> changes = new ArrayList<>();
        for (ImpactCase impactCase : cases) {
            ImpactChange.Answer before = answer(inForce, impactCase.request());
            ImpactChange.Answer after = answer(draft, impactCase.request());
            if (before.differsFrom(after)) {
                changes.add(new ImpactChange(impactCase, before, after));
            }
        }
        return new ImpactReport(inForce.basis(), draft.basis(), cases.size(), changes);
    }

    private ImpactChange.Answer answer(RegulationSet set, EligibilityRequest request) {
        try {
            return ImpactChange.Answer.of(engine.decide(set, request));
        } catch (RegulationGapException | UnknownVisaTypeException | UnknownNationalityException e) {
            return ImpactChange.Answer.unanswerable(e.getMessage());
        }
    }

    /**
     * Sample travellers: every nationality either set names (alone or in a group) plus the given
     * others (for "all other nationalities"), for every purpose, arriving on the given date for
     * the given stay with a long-valid passport and an onward ticket.
     */
    public static List<ImpactCase> sampleCases(RegulationSet inForce, RegulationSet draft,
            Collection<CountryCode> otherNationalities, LocalDate arrivalDate, int stayDays) {
        Set<CountryCode> nationalities = new TreeSet<>();
        for (RegulationSet set : List.of(inForce, draft)) {
            for (NationalityRegime regime : set.regimes()) {
                if (regime.appliesTo() instanceof AppliesTo.Nationality) {
                    nationalities.add(((AppliesTo.Nationality) regime.appliesTo()).code());
                }
            }
            for (NationalityGroup group : set.groups()) {
                nationalities.addAll(group.members());
            }
        }
        otherNationalities.stream().map(Nationalities::canonical).forEach(nationalities::add);
        List<ImpactCase> cases = new ArrayList<>();
        for (CountryCode nationality : nationalities) {
            for (Purpose purpose : Purpose.values()) {
                EligibilityRequest request = EligibilityRequest.builder()
                        .nationality(nationality)
                        .document(new TravelDocument("P", Optional.empty(), arrivalDate.plusYears(10)))
                        .purpose(purpose)
                        .intendedStayDays(stayDays)
                        .arrivalDate(arrivalDate)
                        .onwardTicket(Declared.YES)
                        .build();
                cases.add(new ImpactCase(nationality + " " + purpose.name().toLowerCase() + " " + stayDays + " days", request));
            }
        }
        return cases;
    }
}
