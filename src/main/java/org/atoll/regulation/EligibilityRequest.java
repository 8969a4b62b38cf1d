package org.atoll.regulation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.atoll.reference.CountryCode;

/**
 * The question put to the eligibility engine: who arrives, with what document, why, for how
 * long, on which date, and what they hold or declare.
 */
public record EligibilityRequest(
        CountryCode nationality,
        TravelDocument document,
        Optional<LocalDate> dateOfBirth,
        Purpose purpose,
        int intendedStayDays,
        LocalDate arrivalDate,
        Optional<HeldVisa> visa,
        Declared onwardTicket,
        Optional<Money> declaredFunds,
        Set<TravellerStatus> declaredStatuses) {

    public EligibilityRequest {
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(document, "document");
        dateOfBirth = dateOfBirth == null ? Optional.empty() : dateOfBirth;
        Objects.requireNonNull(purpose, "purpose");
        if (intendedStayDays < 1) {
            throw new IllegalArgumentException("An intended stay is at least one day, not " + intendedStayDays);
        }
        Objects.requireNonNull(arrivalDate, "arrival date");
        visa = visa == null ? Optional.empty() : visa;
        onwardTicket = onwardTicket == null ? Declared.NOT_DECLARED : onwardTicket;
        declaredFunds = declaredFunds == null ? Optional.empty() : declaredFunds;
        declaredStatuses = declaredStatuses == null || declaredStatuses.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(declaredStatuses));
    }

    /** The identity under which earlier stays are looked up, when the document number is known. */
    public Optional<TravellerIdentity> traveller() {
        return document.number().map(n -> new TravellerIdentity(nationality, n, dateOfBirth));
    }

    /** The last day of the intended stay (the arrival day counts as the first). */
    public LocalDate intendedLastDay() {
        return arrivalDate.plusDays(intendedStayDays - 1L);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.nationality = nationality;
        b.document = document;
        b.dateOfBirth = dateOfBirth.orElse(null);
        b.purpose = purpose;
        b.intendedStayDays = intendedStayDays;
        b.arrivalDate = arrivalDate;
        b.visa = visa.orElse(null);
        b.onwardTicket = onwardTicket;
        b.declaredFunds = declaredFunds.orElse(null);
        b.declaredStatuses = EnumSet.noneOf(TravellerStatus.class);
        b.declaredStatuses.addAll(declaredStatuses);
        return b;
    }

    public static final class Builder {
        private CountryCode nationality;
        private TravelDocument document;
        private LocalDate dateOfBirth;
        private Purpose purpose = Purpose.TOURISM;
        private int intendedStayDays = 1;
        private LocalDate arrivalDate;
        private HeldVisa visa;
        private Declared onwardTicket = Declared.NOT_DECLARED;
        private Money declaredFunds;
        private Set<TravellerStatus> declaredStatuses = EnumSet.noneOf(TravellerStatus.class);

        private Builder() {
        }

        public Builder nationality(CountryCode nationality) {
            this.nationality = nationality;
            return this;
        }

        public Builder document(TravelDocument document) {
            this.document = document;
            return this;
        }

        public Builder dateOfBirth(LocalDate dateOfBirth) {
            this.dateOfBirth = dateOfBirth;
            return this;
        }

        public Builder purpose(Purpose purpose) {
            this.purpose = purpose;
            return this;
        }

        public Builder intendedStayDays(int days) {
            this.intendedStayDays = days;
            return this;
        }

        public Builder arrivalDate(LocalDate arrivalDate) {
            this.arrivalDate = arrivalDate;
            return this;
        }

        public Builder visa(HeldVisa visa) {
            this.visa = visa;
            return this;
        }

        public Builder onwardTicket(Declared onwardTicket) {
            this.onwardTicket = onwardTicket;
            return this;
        }

        public Builder declaredFunds(Money funds) {
            this.declaredFunds = funds;
            return this;
        }

        /** A status the traveller declares (e.g. spouse of a citizen), which may exempt from requirements. */
        public Builder declaring(TravellerStatus status) {
            this.declaredStatuses.add(Objects.requireNonNull(status, "status"));
            return this;
        }

        public Builder declaredStatuses(Set<TravellerStatus> statuses) {
            this.declaredStatuses = EnumSet.noneOf(TravellerStatus.class);
            this.declaredStatuses.addAll(statuses);
            return this;
        }

        public EligibilityRequest build() {
            return new EligibilityRequest(nationality, document, Optional.ofNullable(dateOfBirth), purpose, intendedStayDays,
                    arrivalDate, Optional.ofNullable(visa), onwardTicket, Optional.ofNullable(declaredFunds), declaredStatuses);
        }
    }
}
