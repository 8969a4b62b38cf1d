package org.atoll.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atoll.alert.AlertFixtures.aPersonAlert;
import static org.atoll.alert.AlertFixtures.uniqueReference;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.atoll.AtollIntegrationTest;
import org.atoll.access.AgencyCode;
import org.atoll.access.OfficerIdentity;
import org.atoll.access.Role;
import org.atoll.access.internal.OfficerPrincipal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** Every alert page renders for the roles that use it, keeps to the strict CSP, and shows errors next to fields. */
@AtollIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertPagesTests {

    private static final Pattern INLINE_STYLE = Pattern.compile("\\sstyle=");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>");

    @Autowired
    MockMvc mvc;

    AlertApiTestSupport api;
    String alertId;
    String hitId;

    final OfficerPrincipal manager = officer("page.manager", "POLICE", Role.ALERT_MANAGER);
    final OfficerPrincipal secondary = officer("page.secondary", "POLICE", Role.SECONDARY_OFFICER);

    static OfficerPrincipal officer(String username, String agency, Role... roles) {
        return new OfficerPrincipal(new OfficerIdentity(username, "Page Officer", new AgencyCode(agency), Set.of(roles)), "n/a", true, false);
    }

    @BeforeAll
    void anAlertAndAHit() throws Exception {
        api = new AlertApiTestSupport(mvc);
        String managerToken = api.officer("POLICE", "ALERT_MANAGER");
        alertId = api.create(managerToken, aPersonAlert(uniqueReference("POL")).named("IYAR", "Sabino Ngirutang").bornOn("1969")
                .ownedBy("POLICE").active().with("warningMarkers", List.of("VIOLENT")));
        MockHttpServletResponse screened = api.screen(api.officer("POLICE", "SECONDARY_OFFICER"),
                Map.of("names", List.of("Sabino Ngirutang Iyar")));
        hitId = (String) NeedToKnowTests.candidateFor(screened, alertId).get("hitId");
    }

    private String page(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request, OfficerPrincipal as, int status) throws Exception {
        MockHttpServletResponse r = mvc.perform(request.with(user(as))).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(status);
        String html = r.getContentAsString();
        assertThat(INLINE_STYLE.matcher(html).find()).as("inline style").isFalse();
        assertThat(INLINE_SCRIPT.matcher(html).find()).as("inline script").isFalse();
        return html;
    }

    @Test
    void theAlertListAndItsHtmxResultsRender() throws Exception {
        String html = page(get("/alerts").param("q", "iyar"), manager, 200);
        assertThat(html).contains("Alert list").contains("Sabino Ngirutang IYAR").contains("New person alert");
        String fragment = page(get("/alerts").param("q", "iyar").header("HX-Request", "true"), manager, 200);
        assertThat(fragment).startsWith("<div id=\"alert-results\"").doesNotContain("<html");
    }

    @Test
    void theEditorShowsEachErrorNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
        assertThat(page(get("/alerts/new").param("kind", "PERSON"), manager, 200)).contains("New person alert");
        assertThat(page(get("/alerts/new").param("kind", "DOCUMENT"), manager, 200)).contains("Issuing state");
        String html = page(post("/alerts").with(csrf()).param("kind", "PERSON").param("externalReference", "POL-PAGE-1")
                .param("surname", "Obichang").param("datesOfBirth", "1970-13").param("nationalities", "ZZZ")
                .param("reviewDate", "2099-01-01").param("sensitivity", "OFFICIAL").param("status", "DRAFT"), manager, 200);
        assertThat(html).contains("id=\"datesOfBirth-error\"").contains("id=\"nationalities-error\"")
                .contains("id=\"reviewDate-error\"").contains("id=\"category-error\"").contains("value=\"Obichang\"");
    }

    @Test
    void anAlertManagerCreatesAnAlertThroughTheForm() throws Exception {
        String reference = uniqueReference("POL");
        MockHttpServletResponse r = mvc.perform(post("/alerts").with(csrf()).with(user(manager)).param("kind", "PERSON")
                .param("externalReference", reference).param("category", "ARREST").param("reason", "Warrant")
                .param("legalBasis", "Criminal Procedure Code").param("actionOnHit", "ARREST").param("contact", "Police desk")
                .param("surname", "Obichang").param("givenNames", "Lisa").param("datesOfBirth", "1970-05, 1971")
                .param("documents", "P PLW PW0099887").param("reviewDate", org.atoll.TestDates.today().plusMonths(6).toString())
                .param("sensitivity", "OFFICIAL").param("status", "ACTIVE").param("sharedWith", "IMMIGRATION"))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(302);
        String id = r.getRedirectedUrl().substring("/alerts/".length());
        String view = page(get("/alerts/" + id), manager, 200);
        assertThat(view).contains(reference).contains("Lisa Obichang").contains("1970-05, 1971").contains("PW0099887")
                .contains("Change the status");
        assertThat(page(get("/alerts/" + id + "/edit"), manager, 200)).contains("Why does the alert change?");
    }

    @Test
    void theHitPageSaysWhenTheSameTravellerWasScreenedAgain() throws Exception {
        String managerToken = api.officer("POLICE", "ALERT_MANAGER");
        String alert = api.create(managerToken, aPersonAlert(uniqueReference("POL")).named("REMENGESAU", "Obak Tellei").bornOn("1966")
                .ownedBy("POLICE").active());
        Map<String, Object> traveller = Map.of("names", List.of("Obak Tellei Remengesau"), "documents",
                List.of(Map.of("issuingState", "PLW", "number", "PT" + (System.nanoTime() % 10_000_000L))));
        String booth = api.officer("POLICE", "SECONDARY_OFFICER");
        String hit = (String) NeedToKnowTests.candidateFor(api.screen(booth, traveller), alert).get("hitId");
        assertThat(page(get("/alerts/hits/" + hit), secondary, 200)).doesNotContain("id=\"screened-again\"");
        assertThat(NeedToKnowTests.candidateFor(api.screen(booth, traveller), alert).get("hitId")).isEqualTo(hit);
        assertThat(page(get("/alerts/hits/" + hit), secondary, 200)).contains("id=\"screened-again\"").contains("Screened 2 times");
    }

    @Test
    void anAlertOfAnotherAgencyIsNotFound() throws Exception {
        page(get("/alerts/" + alertId), officer("page.customs", "CUSTOMS", Role.ANALYST), 404);
    }

    @Test
    void theHitPageShowsTravellerAndAlertSideBySideWithTheDispositionForm() throws Exception {
        String queue = page(get("/alerts/hits"), secondary, 200);
        assertThat(queue).contains("/alerts/hits/" + hitId);
        String hit = page(get("/alerts/hits/" + hitId), secondary, 200);
        assertThat(hit).contains("Sabino Ngirutang Iyar").contains("Sabino Ngirutang IYAR").contains("Violent")
                .contains("Record disposition").contains("Why it matched");
        MockHttpServletResponse noNote = mvc.perform(post("/alerts/hits/" + hitId + "/disposition").with(csrf()).with(user(secondary))
                .param("disposition", "INCONCLUSIVE")).andReturn().getResponse();
        assertThat(noNote.getRedirectedUrl()).isEqualTo("/alerts/hits/" + hitId);
    }

    @Test
    void screeningReviewImportAndNotificationPagesRender() throws Exception {
        String screened = page(post("/alerts/screen").with(csrf()).param("surname", "Iyar").param("givenNames", "Sabino"), secondary, 200);
        assertThat(screened).contains("person candidates").contains("Open the hit");
        assertThat(page(post("/alerts/screen").with(csrf()), secondary, 200)).contains("Please correct the following");
        page(get("/alerts/review"), manager, 200);
        page(get("/alerts/notifications"), manager, 200);
        assertThat(page(get("/alerts/import"), manager, 200)).contains("external_reference");
        String report = page(multipart("/alerts/import").file(new MockMultipartFile("file", "bad.csv", "text/csv",
                "kind,external_reference,category,reason,legal_basis,action_on_hit,contact,review_date\nPERSON,X1,ARREST,r,l,ARREST,c,2020-13-01\n"
                        .getBytes())).with(csrf()), manager, 200);
        assertThat(report).contains("rejected-rows").contains("review_date");
    }

    @Test
    void pagesAreRefusedToRolesThatDoNotUseThem() throws Exception {
        OfficerPrincipal statistician = officer("page.stats", "STATISTICS", Role.STATISTICIAN);
        assertThat(mvc.perform(get("/alerts").with(user(statistician))).andReturn().getResponse().getStatus()).isEqualTo(403);
        OfficerPrincipal primary = officer("page.primary", "POLICE", Role.PRIMARY_OFFICER);
        assertThat(mvc.perform(get("/alerts/hits").with(user(primary))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/alerts/new").with(user(primary))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
