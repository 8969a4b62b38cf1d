package org.atoll.visa.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.atoll.TestDates;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Applications made through the API as a visa officer's client would, with unique passports per test. */
final class VisaApiSupport {

    static final LocalDate TODAY = TestDates.today();

    private final MockMvc mvc;
    final String token;

    VisaApiSupport(MockMvc mvc, String token) {
        this.mvc = mvc;
        this.token = "Bearer " + token;
    }

    static String uniquePassport() {
        return "BX" + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
    }

    static String application(String nationality, String passport, String visaType, String purpose, String sponsor) {
        return """
                {"applicant":{"surname":"Hossain","givenNames":"Rahim","dateOfBirth":"1990-04-02","nationality":"%s","sex":"M",
                  "passport":{"number":"%s","issuingState":"%s","expiry":"%s"}},
                 "visaType":"%s","purpose":"%s","intendedArrival":"%s","intendedDeparture":"%s",%s"feeStatus":"PAID"}"""
                .formatted(nationality, passport, nationality, TODAY.plusYears(5), visaType, purpose, TODAY.plusDays(30),
                        TODAY.plusDays(43), sponsor == null ? "" : sponsor + ",");
    }

    MvcResult submit(String json) throws Exception {
        return mvc.perform(post("/api/v1/visa-applications").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn();
    }

    /** Submits a Bangladeshi's entry visa application and returns its id. */
    String submitted(String passport) throws Exception {
        MvcResult result = submit(application("BGD", passport, "EV", "TOURISM", null));
        if (result.getResponse().getStatus() != 201) {
            throw new IllegalStateException(result.getResponse().getContentAsString());
        }
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    MvcResult action(String id, String action, String json) throws Exception {
        return action(id, action, json, token);
    }

    MvcResult action(String id, String action, String json, String asToken) throws Exception {
        var request = post("/api/v1/visa-applications/" + id + "/" + action).header("Authorization", asToken);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request).andReturn();
    }

    /** The application as GET /api/v1/visa-applications/{id} returns it. */
    String application(String id) throws Exception {
        return mvc.perform(get("/api/v1/visa-applications/" + id).header("Authorization", token)).andReturn()
                .getResponse().getContentAsString();
    }

    String status(String id) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/visa-applications/" + id).header("Authorization", token)).andReturn()
                .getResponse().getContentAsString(), "$.status");
    }
}
