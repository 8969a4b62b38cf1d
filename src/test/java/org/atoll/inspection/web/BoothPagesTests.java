package org.atoll.inspection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.atoll.inspection.TestPassports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The booth screen with a real sign-in: an unreadable zone offers manual entry, which inspects the same way. */
@AtollIntegrationTest
class BoothPagesTests {

    @Autowired
    MockMvc mvc;

    MockHttpSession session;

    @BeforeEach
    void signIn() throws Exception {
        String username = new ApiClient(mvc).createOfficer("IMMIGRATION", List.of("PRIMARY_OFFICER"));
        session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(ApiClient.OFFICER_PASSWORD))
                .andReturn().getRequest().getSession();
    }

    String send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(session).with(csrf()).header("HX-Request", "true")).andReturn().getResponse()
                .getContentAsString();
    }

    MockHttpServletRequestBuilder booth(String path) {
        return post(path).param("port", "PWMAL").param("booth", "H1").param("direction", "ENTRY").param("mode", "SEA")
                .param("role", "PASSENGER");
    }

    @Test
    void anUnreadableZoneShowsWhatIsWrongAndManualEntryInspectsTheTraveller() throws Exception {
        String page = mvc.perform(get("/inspections/booth").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Machine readable zone").contains("PWMAL");

        String unreadable = send(booth("/inspections/booth").param("mrz", "P<NZLNOT<<QUITE\n12345"));
        assertThat(unreadable).contains("cannot be read").contains("Line").contains("Manual entry");

        String surname = TestPassports.newSurname("TAUFA");
        String manual = send(booth("/inspections/booth/manual").param("surname", surname).param("givenNames", "Sione")
                .param("documentNumber", TestPassports.newNumber()).param("issuingState", "TON").param("nationality", "TON")
                .param("dateOfBirth", "1990-05-06").param("sex", "M").param("dateOfExpiry", LocalDate.now().plusYears(3).toString()));
        assertThat(manual).contains("ADMIT").contains(surname).contains("entered by hand").contains("Record the decision");
    }

    @Test
    void manualEntryWithoutTheEssentialsSaysSoAndKeepsWhatWasTyped() throws Exception {
        String manual = send(booth("/inspections/booth/manual").param("surname", "FONUA").param("issuingState", "TON"));
        assertThat(manual).contains("cannot describe a passport").contains("value=\"FONUA\"");
    }
}
