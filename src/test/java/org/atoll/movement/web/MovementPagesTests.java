package org.atoll.movement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atoll.movement.Crossings.PALAU;
import static org.atoll.movement.Crossings.aTraveller;
import static org.atoll.movement.Crossings.anEntry;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.atoll.movement.Movement;
import org.atoll.movement.Movements;
import org.atoll.movement.TravellerDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The movement pages with a real sign-in. */
@AtollIntegrationTest
class MovementPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Movements movements;

    private MockHttpSession signIn(String role) throws Exception {
        String username = new ApiClient(mvc).createOfficer("IMMIGRATION", List.of(role));
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(ApiClient.OFFICER_PASSWORD))
                .andReturn().getRequest().getSession();
    }

    private MvcResult send(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(session).with(csrf())).andReturn();
    }

    @Test
    void anAnalystSeesOverstaysDeparturesAndATravellersFile() throws Exception {
        LocalDate today = LocalDate.now(PALAU);
        TravellerDocument overstayer = aTraveller().nationality("VUT").named("KALO", "JOEL").build();
        Movement entry = movements.record(anEntry(overstayer).on(today.minusDays(50)).permit("VOA", today.minusDays(21)).build());
        TravellerDocument leaving = aTraveller().nationality("VUT").named("TARI", "ANNE").build();
        movements.record(anEntry(leaving).on(today.minusDays(5)).permit("VOA", today.plusDays(2)).build());
        MockHttpSession analyst = signIn("ANALYST");

        String overstays = send(analyst, get("/movements/overstays").param("nationality", "VUT")).getResponse().getContentAsString();
        assertThat(overstays).contains("KALO, JOEL").contains("21 days over").doesNotContain("TARI, ANNE");
        String fragment = send(analyst, get("/movements/overstays").param("nationality", "VUT").header("HX-Request", "true"))
                .getResponse().getContentAsString();
        assertThat(fragment).contains("KALO, JOEL").doesNotContain("<html");
        String invalid = send(analyst, get("/movements/overstays").param("minDaysOver", "many")).getResponse().getContentAsString();
        assertThat(invalid).contains("A whole number");

        String departures = send(analyst, get("/movements/departures").param("date", today.plusDays(2).toString()))
                .getResponse().getContentAsString();
        assertThat(departures).contains("TARI, ANNE").doesNotContain("KALO, JOEL");

        String search = send(analyst, get("/movements/travellers").param("documentNumber", overstayer.documentNumber().value()))
                .getResponse().getContentAsString();
        assertThat(search).contains("/movements/travellers/" + entry.travellerId());

        String file = send(analyst, get("/movements/travellers/" + entry.travellerId())).getResponse().getContentAsString();
        assertThat(file).contains("Overstaying: 21 days past the permitted date").contains(overstayer.documentNumber().value())
                .contains("permitted until " + today.minusDays(21)).doesNotContain("Merge the records");
        assertThat(send(analyst, get("/movements/travellers/00000000-0000-4000-8000-000000000009")).getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void aSupervisorMergesTwoRecordsFromTheTravellersPage() throws Exception {
        LocalDate today = LocalDate.now(PALAU);
        Movement a = movements.record(anEntry(aTraveller().named("NAKAMURA", "KEN").build()).on(today.minusDays(400)).build());
        Movement b = movements.record(anEntry(aTraveller().named("NAKAMURA", "KEN").bornOn(LocalDate.of(1908, 1, 1)).build())
                .on(today.minusDays(10)).build());
        MockHttpSession supervisor = signIn("SUPERVISOR");
        String page = send(supervisor, get("/movements/travellers/" + a.travellerId())).getResponse().getContentAsString();
        assertThat(page).contains("Merge the records");

        String missingReason = send(supervisor, post("/movements/travellers/" + a.travellerId() + "/merges")
                .param("otherTravellerId", b.travellerId().toString())).getResponse().getContentAsString();
        assertThat(missingReason).contains("Required: why these records are one person");

        MvcResult merged = send(supervisor, post("/movements/travellers/" + a.travellerId() + "/merges")
                .param("otherTravellerId", b.travellerId().toString()).param("reason", "Birth year misread"));
        assertThat(merged.getResponse().getRedirectedUrl()).isEqualTo("/movements/travellers/" + a.travellerId());
        String after = send(supervisor, get("/movements/travellers/" + a.travellerId())).getResponse().getContentAsString();
        assertThat(after).contains("In the country, within the permitted stay");

        MockHttpSession analyst = signIn("ANALYST");
        assertThat(send(analyst, post("/movements/travellers/" + a.travellerId() + "/merges")
                .param("otherTravellerId", b.travellerId().toString()).param("reason", "x")).getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void theStayCalculatorAnswersForTypedStays() throws Exception {
        MockHttpSession officer = signIn("PRIMARY_OFFICER");

        String page = send(officer, get("/movements/stay-calculator").param("stays", "2025-01-01 2025-03-01")
                .param("windowDays", "180").param("limitDays", "90").param("date", "2025-06-01")).getResponse().getContentAsString();

        assertThat(page).contains("Days used").contains(">61<").contains(">29<").contains("90 days in any 180");
        String wrong = send(officer, get("/movements/stay-calculator").param("stays", "first of May").param("date", "2025-06-01"))
                .getResponse().getContentAsString();
        assertThat(wrong).contains("Line 1");
    }
}
