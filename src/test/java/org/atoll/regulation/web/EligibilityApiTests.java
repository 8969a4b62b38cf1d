package org.atoll.regulation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.atoll.TestDates;
import org.atoll.regulation.ArrivalHistory;
import org.atoll.regulation.EarlierStay;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Every Palau rule through POST /api/v1/eligibility, as a booth officer's client asks it, with the
 * reference module's country list deciding which codes exist and earlier stays from a stand-in
 * for the movement module.
 */
@AtollIntegrationTest
class EligibilityApiTests {

    static final LocalDate TODAY = TestDates.today();
    static final LocalDate ARRIVAL = TODAY.plusDays(3);

    /** One German traveller has spent 60 of the last 180 days in Palau. */
    @TestConfiguration
    static class EarlierStays {
        // primary: it stands in for the movement module's own ArrivalHistory in this test's context
        @Bean
        @org.springframework.context.annotation.Primary
        ArrivalHistory arrivalHistory() {
            return (traveller, from, to) -> traveller.documentNumber().equals("C01X00T47")
                    ? List.of(EarlierStay.between(ARRIVAL.minusDays(100), ARRIVAL.minusDays(41)))
                    : List.of();
        }
    }

    @Autowired
    MockMvc mvc;

    String officer;
    ApiClient api;

    @BeforeEach
    void signIn() throws Exception {
        api = new ApiClient(mvc);
        officer = "Bearer " + api.officerToken("IMMIGRATION", List.of("PRIMARY_OFFICER"));
    }

    private ResultActions ask(String nationality, String extra) throws Exception {
        return ask(nationality, ARRIVAL, extra);
    }

    private ResultActions ask(String nationality, LocalDate arrival, String extra) throws Exception {
        String body = "{\"nationality\":\"" + nationality + "\",\"documentType\":\"P\",\"documentExpiry\":\""
                + TODAY.plusYears(5) + "\",\"purpose\":\"tourism\",\"intendedStayDays\":14,\"arrivalDate\":\"" + arrival
                + "\",\"onwardTicket\":true" + extra + "}";
        return mvc.perform(post("/api/v1/eligibility").header("Authorization", officer)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aBangladeshiWithoutAVisaNeedsOneCitingTheProvision() throws Exception {
        ask("BGD", "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("VISA_REQUIRED"))
                .andExpect(jsonPath("$.permitType.code").value("EV"))
                .andExpect(jsonPath("$.legalGrounds", contains("Executive Order 450, §VISA-REQUIRED")));
    }

    @Test
    void aUnitedStatesCitizenIsExemptForUpToAYear() throws Exception {
        ask("USA", ",\"intendedStayDays\":365")
                .andExpect(jsonPath("$.outcome").value("ELIGIBLE"))
                .andExpect(jsonPath("$.permitType.code").value("VE-COFA"))
                .andExpect(jsonPath("$.permittedStayDays").value(365))
                .andExpect(jsonPath("$.permittedUntil").value(ARRIVAL.plusDays(364).toString()));
    }

    @Test
    void aGermanTouristMayStayNinetyDaysInAnyHundredEightyCountingEarlierStays() throws Exception {
        ask("D", ",\"documentNumber\":\"C01X00T48\"")
                .andExpect(jsonPath("$.outcome").value("ELIGIBLE"))
                .andExpect(jsonPath("$.permitType.code").value("VE"))
                .andExpect(jsonPath("$.permittedStayDays").value(90));
        // 60 days already spent in the window: 30 are left, and a 45-day stay goes to the officer
        ask("D", ",\"documentNumber\":\"C01X00T47\"")
                .andExpect(jsonPath("$.outcome").value("ELIGIBLE"))
                .andExpect(jsonPath("$.permittedStayDays").value(30))
                .andExpect(jsonPath("$.requirements[?(@.kind == 'ROLLING_WINDOW')].provision",
                        contains("Executive Order 450, §EXEMPT-90")));
        ask("D", ",\"documentNumber\":\"C01X00T47\",\"intendedStayDays\":45")
                .andExpect(jsonPath("$.outcome").value("OFFICER_CHECK"))
                .andExpect(jsonPath("$.permittedUntil").value(ARRIVAL.plusDays(29).toString()));
    }

    @Test
    void aPassportExpiringInFiveMonthsIsNotEligibleCitingTheValidityRule() throws Exception {
        ask("JPN", ",\"documentExpiry\":\"" + ARRIVAL.plusMonths(5) + "\"")
                .andExpect(jsonPath("$.outcome").value("NOT_ELIGIBLE"))
                .andExpect(jsonPath("$.legalGrounds", contains("Immigration Regulations 2006, §PASSPORT")));
    }

    @Test
    void aWorkerIsToldEveryDocumentOfTheWorkPermitWithHowItIsVerified() throws Exception {
        ask("PHL", ",\"purpose\":\"employment\"")
                .andExpect(jsonPath("$.outcome").value("VISA_REQUIRED"))
                .andExpect(jsonPath("$.requirements[?(@.kind == 'SUPPORTING_DOCUMENT')].rule", containsInAnyOrder(
                        "EMPLOYMENT-CONTRACT", "POLICE-CLEARANCE", "EXPERIENCE-AFFIDAVITS", "LOCAL-ADVERTISEMENT")))
                .andExpect(jsonPath("$.requirements[?(@.rule == 'LOCAL-ADVERTISEMENT')].verification", contains("DECLARATION")))
                .andExpect(jsonPath("$.requirements[?(@.rule == 'POLICE-CLEARANCE')].status", contains("TO_VERIFY")))
                .andExpect(jsonPath("$.requirements[?(@.rule == 'HEALTH-CERTIFICATE')].provision", contains("Title 13 PNC, §NRW")))
                .andExpect(jsonPath("$.requirements[?(@.kind == 'PERMIT_STATUS')].status", contains("TO_VERIFY")));
    }

    @Test
    void theDeclaredSpouseOfACitizenPaysNoEnvironmentalFee() throws Exception {
        ask("AUS", "")
                .andExpect(jsonPath("$.feesDue[*].name", contains("Pristine Paradise Environmental Fee")));
        ask("AUS", ",\"purpose\":\"family\",\"declaredStatuses\":[\"SPOUSE_OF_CITIZEN\"]")
                .andExpect(jsonPath("$.outcome").value("ELIGIBLE"))
                .andExpect(jsonPath("$.feesDue").isEmpty())
                .andExpect(jsonPath("$.requirements[?(@.kind == 'DECLARED_EXEMPTION')].provision", contains("Title 13 PNC, §PPEF")));
        ask("AUS", ",\"declaredStatuses\":[\"COUSIN_OF_CITIZEN\"]")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("declaredStatuses")));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1}: {2} {3}")
    @org.junit.jupiter.params.provider.CsvSource({
            "PLW, tourism,    ELIGIBLE,      ,        0",
            "FSM, tourism,    ELIGIBLE,      VE-COFA, 365",
            "MHL, study,      ELIGIBLE,      VE-COFA, 365",
            "TWN, tourism,    ELIGIBLE,      VE,      90",
            "ISR, business,   ELIGIBLE,      VE,      90",
            "RUS, tourism,    ELIGIBLE,      VE,      30",
            "SYC, family,     ELIGIBLE,      VE,      30",
            "AUS, tourism,    ELIGIBLE,      VOA,     30",
            "MMR, tourism,    VISA_REQUIRED, EV,      'Executive Order 450, §VISA-REQUIRED'",
            "AUS, study,      VISA_REQUIRED, EV,      'Immigration Regulations 2006, §ENTRY-VISA'",
            "JPN, employment, VISA_REQUIRED, NRW,     'Title 13 PNC, §NRW'"})
    void eachPalauRegimeAnswersAsPublished(String nationality, String purpose, String outcome, String permitType, String detail)
            throws Exception {
        ResultActions answer = ask(nationality, ",\"purpose\":\"" + purpose + "\"")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value(outcome));
        if (permitType == null) {
            answer.andExpect(jsonPath("$.permitType").doesNotExist());
        } else {
            answer.andExpect(jsonPath("$.permitType.code").value(permitType));
        }
        if (outcome.equals("VISA_REQUIRED")) {
            answer.andExpect(jsonPath("$.legalGrounds", hasItem(detail)));
        } else if (permitType != null) {
            ask(nationality, ",\"purpose\":\"" + purpose + "\",\"intendedStayDays\":" + detail)
                    .andExpect(jsonPath("$.permittedStayDays").value(Integer.parseInt(detail)));
        }
    }

    @Test
    void anUnknownNationalityIsRefusedWith422NamingIt() throws Exception {
        ask("ZZZ", "")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("nationality"))
                .andExpect(jsonPath("$.errors[0].message", containsString("ZZZ")));
    }

    @Test
    void anUnknownVisaTypeIsRefusedWith422NamingIt() throws Exception {
        ask("BGD", ",\"visaType\":\"XYZ\",\"visaNumber\":\"V1\"")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("visaType"))
                .andExpect(jsonPath("$.errors[0].message", containsString("XYZ")));
    }

    @Test
    void aChangePublishedForAFutureDateAppliesOnlyFromThatDate() throws Exception {
        RegulationApiSupport sets = new RegulationApiSupport(mvc, api.adminToken());
        LocalDate effective = sets.nextFreeEffectiveDate(TODAY);
        String draft = sets.createDraft(effective);
        assertThat(sets.edit(draft, doc -> RegulationApiSupport.rule(doc, "regimes", "R-SYC").put("stayDays", 60))
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(sets.publish(draft).getResponse().getStatus()).isEqualTo(200);

        ask("SYC", effective.minusDays(1), "")
                .andExpect(jsonPath("$.permittedStayDays").value(30))
                .andExpect(jsonPath("$.regulationSet.effectiveDate").value(org.hamcrest.Matchers.not(effective.toString())));
        ask("SYC", effective, "")
                .andExpect(jsonPath("$.permittedStayDays").value(60))
                .andExpect(jsonPath("$.regulationSet.effectiveDate").value(effective.toString()));
    }

    @Test
    void everyOfficerMayAskButOnlyWithAToken() throws Exception {
        mvc.perform(post("/api/v1/eligibility").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        String visaOfficer = "Bearer " + api.officerToken("IMMIGRATION", List.of("VISA_OFFICER"));
        mvc.perform(post("/api/v1/eligibility").header("Authorization", visaOfficer).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("nationality")));
    }
}
