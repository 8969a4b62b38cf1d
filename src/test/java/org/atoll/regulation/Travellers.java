package org.atoll.regulation;

import java.time.LocalDate;
import java.util.Optional;
import org.atoll.reference.CountryCode;

/** Travellers for eligibility tests: by default an Australian tourist who meets every requirement. */
final class Travellers {

    private CountryCode nationality = CountryCode.of("AUS");
    private String documentNumber = "PA1234567";
    private LocalDate arrival = PalauRules.ARRIVAL;
    private LocalDate expiry = arrival.plusYears(5);
    private Purpose purpose = Purpose.TOURISM;
    private int stayDays = 14;
    private HeldVisa visa;
    private Declared onwardTicket = Declared.YES;
    private Money funds = Money.usd(20000);
    private final java.util.Set<TravellerStatus> statuses = java.util.EnumSet.noneOf(TravellerStatus.class);

    private Travellers() {
    }

    static Travellers aTraveller() {
        return new Travellers();
    }

    static Travellers aTouristFrom(String nationality) {
        return aTraveller().withNationality(nationality);
    }

    Travellers withNationality(String code) {
        this.nationality = CountryCode.of(code);
        return this;
    }

    Travellers withDocumentNumber(String number) {
        this.documentNumber = number;
        return this;
    }

    Travellers withoutDocumentNumber() {
        this.documentNumber = null;
        return this;
    }

    Travellers arrivingOn(LocalDate date) {
        this.arrival = date;
        this.expiry = date.plusYears(5);
        return this;
    }

    Travellers withPassportExpiring(LocalDate expiry) {
        this.expiry = expiry;
        return this;
    }

    Travellers comingFor(Purpose purpose) {
        this.purpose = purpose;
        return this;
    }

    Travellers stayingDays(int days) {
        this.stayDays = days;
        return this;
    }

    Travellers holding(HeldVisa visa) {
        this.visa = visa;
        return this;
    }

    Travellers withOnwardTicket(Declared declared) {
        this.onwardTicket = declared;
        return this;
    }

    Travellers declaringFunds(Money funds) {
        this.funds = funds;
        return this;
    }

    Travellers declaring(TravellerStatus status) {
        this.statuses.add(status);
        return this;
    }

    EligibilityRequest build() {
        return EligibilityRequest.builder()
                .nationality(nationality)
                .document(new TravelDocument("P", Optional.ofNullable(documentNumber), expiry))
                .purpose(purpose)
                .intendedStayDays(stayDays)
                .arrivalDate(arrival)
                .visa(visa)
                .onwardTicket(onwardTicket)
                .declaredFunds(funds)
                .declaredStatuses(statuses)
                .build();
    }
}
