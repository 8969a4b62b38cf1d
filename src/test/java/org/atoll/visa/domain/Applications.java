package org.atoll.visa.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.atoll.document.DocumentNumber;
import org.atoll.document.PersonName;
import org.atoll.document.Sex;
import org.atoll.reference.CountryCode;
import org.atoll.regulation.ProvisionReference;
import org.atoll.regulation.Purpose;
import org.atoll.regulation.VisaTypeCode;
import org.atoll.visa.VisaApplicationId;

/** Test fixtures that read like the domain: {@code Applications.inStatus(UNDER_REVIEW)}. */
final class Applications {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final Grounds GROUNDS = new Grounds(List.of(ProvisionReference.of("Immigration Regulations 2006, §FUNDS")),
            "Bank statements show funds for one week of a six-week stay.");

    private Applications() {
    }

    static Applicant aBangladeshiApplicant() {
        return new Applicant(PersonName.of("HOSSAIN", "RAHIM"), LocalDate.of(1990, 4, 2), CountryCode.of("BGD"), Sex.MALE,
                new Passport(DocumentNumber.of("BX1234567"), CountryCode.of("BGD"), LocalDate.of(2031, 1, 1)));
    }

    static VisaApplication submitted() {
        return VisaApplication.submit(VisaApplicationId.random(), "VA-2026-000001", aBangladeshiApplicant(), VisaTypeCode.of("EV"),
                Purpose.TOURISM, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 14), null, FeeStatus.PAID, "clerk", NOW);
    }

    /** An application as stored in a status, decided by officer "proposer" where that matters. */
    static VisaApplication inStatus(ApplicationStatus status) {
        VisaApplication a = submitted();
        Grounds grounds = status == ApplicationStatus.REFUSAL_PROPOSED || status == ApplicationStatus.REFUSED ? GROUNDS : null;
        return VisaApplication.restore(a.id(), a.reference(), a.applicant(), a.visaType(), a.purpose(), a.intendedArrival(),
                a.intendedDeparture(), null, a.submittedAt(), a.feeStatus(), status, null, grounds,
                grounds != null || status == ApplicationStatus.APPROVED ? "proposer" : null, null, null, null, a.history(), 3);
    }
}
