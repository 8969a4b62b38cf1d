package org.atoll.regulation.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.atoll.regulation.EligibilityEngine;
import org.atoll.regulation.RegulationHistory;
import org.atoll.regulation.RegulationSetValidator;
import org.atoll.regulation.Regulations;
import org.atoll.regulation.internal.RegulationSetJson;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class EligibilityControllerTest {

    private final MockMvc mvc;

    EligibilityControllerTest() {
        RegulationHistory history = RegulationHistory.of(new RegulationSetValidator(), List.of(new RegulationSetJson().loadPalauDefault()));
        EligibilityEngine engine = new EligibilityEngine((code, on) -> !code.value().equals("ZZZ"));
        Regulations regulations = new Regulations(history, engine, new RegulationSetValidator(),
                Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));
        mvc = MockMvcBuilders.standaloneSetup(new EligibilityController(regulations))
                .setControllerAdvice(new org.atoll.ApiProblems()).build();
    }

    private ResultActions ask(String json) throws Exception {
        return mvc.perform(post("/api/v1/eligibility").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String traveller(String nationality, String extra) {
        return "{\"nationality\":\"" + nationality + "\",\"documentType\":\"P\",\"documentExpiry\":\"2030-01-01\","
                + "\"purpose\":\"tourism\",\"intendedStayDays\":14,\"arrivalDate\":\"2025-06-02\"" + extra + "}";
    }

    @Test
    void answersThatABangladeshiWithoutAVisaNeedsOneCitingTheProvision() throws Exception {
        ask(traveller("BGD", ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("VISA_REQUIRED"))
                .andExpect(jsonPath("$.permitType.code").value("EV"))
                .andExpect(jsonPath("$.permittedUntil").doesNotExist())
                .andExpect(jsonPath("$.legalGrounds", contains("Executive Order 450, §VISA-REQUIRED")))
                .andExpect(jsonPath("$.requirements[0].kind").value("VISA"))
                .andExpect(jsonPath("$.requirements[0].status").value("NOT_MET"))
                .andExpect(jsonPath("$.regulationSet.version").value(1));
    }

    @Test
    void answersAVisaOnArrivalWithItsStayRequirementsAndFees() throws Exception {
        ask(traveller("AUS", ",\"onwardTicket\":true,\"declaredFunds\":{\"amount\":400,\"currency\":\"USD\"}"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.outcome").value("ELIGIBLE"))
                .andExpect(jsonPath("$.permitType.code").value("VOA"))
                .andExpect(jsonPath("$.permitType.extensions.max").value(2))
                .andExpect(jsonPath("$.permitType.extensions.feeEach.amount").value(50))
                .andExpect(jsonPath("$.permittedUntil").value("2025-07-01"))
                .andExpect(jsonPath("$.permittedStayDays").value(30))
                .andExpect(jsonPath("$.feesDue", hasSize(1)))
                .andExpect(jsonPath("$.feesDue[0].amount.amount").value(100))
                .andExpect(jsonPath("$.feesDue[0].amount.currency").value("USD"))
                .andExpect(jsonPath("$.requirements[?(@.kind == 'ENTRY_FORM')].status", contains("TO_VERIFY")))
                .andExpect(jsonPath("$.requirements[?(@.kind == 'FUNDS')].status", contains("MET")))
                .andExpect(jsonPath("$.requirements[?(@.kind == 'ONWARD_TICKET')].provision",
                        contains("Immigration Regulations 2006, §ONWARD-TICKET")));
    }

    @Test
    void takesAVisaNumberAsOneForTheOfficerToVerify() throws Exception {
        ask(traveller("MMR", ",\"visaType\":\"ev\",\"visaNumber\":\"EV0001\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("ELIGIBLE"))
                .andExpect(jsonPath("$.requirements[0].status").value("TO_VERIFY"));
    }

    @Test
    void refusesAPassportExpiringWithinSixMonths() throws Exception {
        ask(traveller("JPN", "").replace("2030-01-01", "2025-11-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("NOT_ELIGIBLE"))
                .andExpect(jsonPath("$.legalGrounds", contains("Immigration Regulations 2006, §PASSPORT")));
    }

    @Test
    void namesAnUnknownNationalityIn422() throws Exception {
        ask(traveller("ZZZ", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://atoll.example/problems/invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("nationality"))
                .andExpect(jsonPath("$.errors[0].message", containsString("ZZZ")));
    }

    @Test
    void namesAMalformedNationalityIn422() throws Exception {
        ask(traveller("GERMANY", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("nationality"))
                .andExpect(jsonPath("$.errors[0].message", containsString("GERMANY")));
    }

    @Test
    void namesAnUnknownVisaTypeIn422() throws Exception {
        ask(traveller("BGD", ",\"visaType\":\"XYZ\",\"visaNumber\":\"1\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("visaType"))
                .andExpect(jsonPath("$.errors[0].message", containsString("XYZ")));
    }

    @Test
    void listsEveryMissingOrInvalidField() throws Exception {
        ask("{\"nationality\":\"AUS\",\"purpose\":\"sightseeing\",\"intendedStayDays\":0}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", contains("documentType", "documentExpiry", "purpose", "intendedStayDays",
                        "arrivalDate")))
                .andExpect(jsonPath("$.errors[?(@.field == 'purpose')].message", hasItem(containsString("tourism"))));
    }

    @Test
    void namesAMalformedDocumentNumberAsSuch() throws Exception {
        ask(traveller("AUS", ",\"documentNumber\":\"AB-123\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", contains("documentNumber")));
    }

    @Test
    void answersNoRulesInForceBeforeTheFirstSetWith422() throws Exception {
        ask(traveller("AUS", "").replace("2025-06-02", "2024-06-02"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("arrivalDate"));
    }

    @Test
    void answers400ToAnUnreadableBody() throws Exception {
        ask(traveller("AUS", "").replace("2025-06-02", "2 June"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://atoll.example/problems/malformed-request"));
    }
}
