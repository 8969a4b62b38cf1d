package org.atoll.regulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** How one case is answered before (the set in force) and after (the draft). */
public record ImpactChange(ImpactCase impactCase, Answer before, Answer after) {

    public ImpactChange {
        Objects.requireNonNull(impactCase, "case");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    public boolean outcomeChanged() {
        return !before.outcome().equals(after.outcome());
    }

    /**
     * One set's answer to a case, reduced to what a change would be about. {@code problem} holds
     * why the set could not answer (a gap in a draft).
     */
    public record Answer(
            Optional<Outcome> outcome,
            Optional<VisaTypeCode> permitType,
            Optional<LocalDate> permittedUntil,
            Optional<Integer> permittedStayDays,
            List<FeeDue> feesDue,
            String summary,
            Optional<String> problem) {

        public Answer {
            feesDue = List.copyOf(feesDue);
        }

        public static Answer of(EligibilityDecision decision) {
            return new Answer(Optional.of(decision.outcome()), decision.permitTypeCode(), decision.permittedUntil(),
                    decision.permittedStayDays(), decision.feesDue(), decision.summary(), Optional.empty());
        }

        public static Answer unanswerable(String problem) {
            return new Answer(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), problem,
                    Optional.of(problem));
        }

        /** Whether two answers differ in anything a traveller would notice. */
        public boolean differsFrom(Answer other) {
            return !outcome.equals(other.outcome) || !permitType.equals(other.permitType)
                    || !permittedUntil.equals(other.permittedUntil) || !fees().equals(other.fees())
                    || !problem.equals(other.problem);
        }

        /** What the traveller pays, by name and amount: a relabelled provision is no change for them. */
        private List<String> fees() {
            return feesDue.stream().map(f -> f.name() + " " + f.amount()).sorted().collect(java.util.stream.Collectors.toList());
        }
    }
}
