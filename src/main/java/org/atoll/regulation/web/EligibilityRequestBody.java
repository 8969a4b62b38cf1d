package org.atoll.regulation.web;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The JSON body of POST /api/v1/eligibility, as received (checked field by field by the controller). */
public record EligibilityRequestBody(
        String nationality,
        String documentType,
        String documentNumber,
        LocalDate documentExpiry,
        LocalDate dateOfBirth,
        String purpose,
        Integer intendedStayDays,
        LocalDate arrivalDate,
        String visaType,
        String visaNumber,
        Boolean onwardTicket,
        MoneyBody declaredFunds,
        java.util.List<String> declaredStatuses) {

    public record MoneyBody(BigDecimal amount, String currency) {
    }
}
