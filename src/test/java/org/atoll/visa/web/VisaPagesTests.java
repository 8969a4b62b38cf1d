package org.atoll.visa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The visa officer's pages with a real sign-in: a paper application entered, decided, issued, then the visa's page. */
@AtollIntegrationTest
class VisaPagesTests {

    @Autowired
    MockMvc mvc;

    MockHttpSession session;

    @BeforeEach
    void signIn() throws Exception {
        String username = new ApiClient(mvc).createOfficer("IMMIGRATION", List.of("VISA_OFFICER"));
        session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(ApiClient.OFFICER_PASSWORD))
                .andReturn().getRequest().getSession();
    }

    private MvcResult send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(session).with(csrf())).andReturn();
    }

    private MockHttpServletRequestBuilder application(String nationality, String passport) {
        return post("/visas/applications").param("surname", "Tun").param("givenNames", "Min Aung")
                .param("dateOfBirth", "1985-02-11").param("nationality", nationality).param("sex", "M")
                .param("passportNumber", passport).param("passportIssuingState", "MMR")
                .param("passportExpiry", VisaApiSupport.TODAY.plusYears(5).toString()).param("visaType", "EV")
                .param("purpose", "BUSINESS").param("intendedArrival", VisaApiSupport.TODAY.plusDays(10).toString())
                .param("intendedDeparture", VisaApiSupport.TODAY.plusDays(20).toString()).param("feeStatus", "PAID");
    }

    @Test
    void anOfficerEntersAPaperApplicationAndTheFormNamesWhatIsWrong() throws Exception {
        String form = send(get("/visas/applications/new")).getResponse().getContentAsString();
        assertThat(form).contains("New visa application").contains("EV — Entry visa").doesNotContain("VOA — ");

        String refused = send(application("ZZZ", "MT1234567")).getResponse().getContentAsString();
        assertThat(refused).contains("Unknown nationality ZZZ").contains("value=\"Tun\"");

        MvcResult created = send(application("MMR", VisaApiSupport.uniquePassport()));
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/visas/applications/");
        String page = send(get(location)).getResponse().getContentAsString();
        assertThat(page).contains("Min Aung Tun").contains("Start the review").contains("Business");
    }

    @Test
    void anIssuedVisaIsShownWithItsMrzAndCanBeRevokedOnGroundsButNotExtendedBeyondItsType() throws Exception {
        String location = send(application("MMR", VisaApiSupport.uniquePassport())).getResponse().getRedirectedUrl();
        send(post(location + "/review"));
        send(post(location + "/decision").param("decision", "APPROVED"));
        assertThat(send(post(location + "/issue")).getResponse().getRedirectedUrl()).isEqualTo(location);
        String page = send(get(location)).getResponse().getContentAsString();
        String number = page.replaceAll("(?s).*/visas/visas/(V\\d{8})\\.pdf.*", "$1");
        assertThat(number).matches("V\\d{8}");

        String visa = send(get("/visas/visas/" + number)).getResponse().getContentAsString();
        assertThat(visa).contains("V&lt;PLWTUN&lt;&lt;MIN&lt;AUNG").contains("Request an extension");

        String extension = send(post("/visas/visas/" + number + "/extensions").param("days", "10").param("reason", "Meetings moved"))
                .getResponse().getContentAsString();
        assertThat(extension).contains("allows no extension");

        String noGrounds = send(post("/visas/visas/" + number + "/revocation").param("reason", "Forged invitation"))
                .getResponse().getContentAsString();
        assertThat(noGrounds).contains("A refusal needs at least one ground".substring(0, 10));

        MvcResult revoked = send(post("/visas/visas/" + number + "/revocation").param("grounds", "Immigration Regulations 2006, §FUNDS")
                .param("reason", "The invitation letter was forged."));
        assertThat(revoked.getResponse().getRedirectedUrl()).isEqualTo("/visas/visas/" + number);
        String after = send(get("/visas/visas/" + number)).getResponse().getContentAsString();
        assertThat(after).contains("Revoked on").contains("The invitation letter was forged.").doesNotContain("Request an extension");
    }

    @Test
    void theQueueFiltersAsAnHtmxFragment() throws Exception {
        send(application("MMR", VisaApiSupport.uniquePassport()));
        String fragment = mvc.perform(get("/visas").param("nationality", "mmr").param("status", "SUBMITTED")
                .header("HX-Request", "true").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("queue-results").contains("Min Aung Tun").contains("MMR");
    }
}
