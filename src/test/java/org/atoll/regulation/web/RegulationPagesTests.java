package org.atoll.regulation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.atoll.TestDates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The administrators' regulation editor, page by page, with a real sign-in. */
@AtollIntegrationTest
class RegulationPagesTests {

    @Autowired
    MockMvc mvc;

    MockHttpSession session;

    @BeforeEach
    void signIn() throws Exception {
        session = (MockHttpSession) mvc.perform(formLogin("/login").user(ApiClient.ADMIN).password(ApiClient.ADMIN_PASSWORD))
                .andReturn().getRequest().getSession();
    }

    @Test
    void anAdministratorDraftsEditsARuleAndValidates() throws Exception {
        LocalDate effective = TestDates.today().plusYears(4);
        MvcResult created = mvc.perform(post("/admin/regulations/drafts").session(session).with(csrf())
                .param("effectiveDate", effective.toString())).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/regulations/");

        String page = mvc.perform(get(location).session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("R-RUS").contains("Executive Order 450, §EXEMPT-30").contains("Add a nationality regime");
        String rowVersion = page.replaceAll("(?s).*name=\"rowVersion\" value=\"(\\d+)\".*", "$1");

        String form = mvc.perform(get(location + "/items/regimes").param("code", "R-RUS").session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"R-RUS\"").contains("Stay (days)");

        MvcResult refused = mvc.perform(post(location + "/items/regimes").session(session).with(csrf())
                .param("rowVersion", rowVersion).param("originalKey", "R-RUS").param("code", "R-RUS")
                .param("nationality", "RUS").param("kind", "VISA_EXEMPT").param("permitType", "VE")
                .param("stayDays", "sixty").param("provision", "Executive Order 450, §EXEMPT-30")).andReturn();
        assertThat(refused.getResponse().getContentAsString()).contains("A whole number, not &#39;sixty&#39;");

        MvcResult saved = mvc.perform(post(location + "/items/regimes").session(session).with(csrf())
                .param("rowVersion", rowVersion).param("originalKey", "R-RUS").param("code", "R-RUS")
                .param("nationality", "RUS").param("kind", "VISA_EXEMPT").param("permitType", "VE")
                .param("purposes", "TOURISM", "BUSINESS")
                .param("stayDays", "200").param("provision", "Executive Order 450, §EXEMPT-30")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(location + "#regimes");

        String validation = mvc.perform(post(location + "/validate").session(session).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(validation).contains("regime R-RUS").contains("STAY_BEYOND_TYPE_LIMIT");

        String preview = mvc.perform(post(location + "/preview").session(session).with(csrf()).param("stayDays", "14"))
                .andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("RUS tourism 14 days");
    }

    @Test
    void theListShowsTheVersionInForce() throws Exception {
        String page = mvc.perform(get("/admin/regulations").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("in force today").contains("Create draft");
    }
}
