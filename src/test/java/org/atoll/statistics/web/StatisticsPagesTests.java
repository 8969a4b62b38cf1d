package org.atoll.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The statistics page with a real sign-in: the small-count rule it states is the configured one (here 5, not
 * the default 3), whether the form has an error or not.
 */
@AtollIntegrationTest
@TestPropertySource(properties = "atoll.statistics.smallest-published-count=5")
class StatisticsPagesTests {

    @Autowired
    MockMvc mvc;

    private MockHttpSession signInAsStatistician() throws Exception {
        String username = new ApiClient(mvc).createOfficer("IMMIGRATION", List.of("STATISTICIAN"));
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(ApiClient.OFFICER_PASSWORD))
                .andReturn().getRequest().getSession();
    }

    @Test
    void thePageStatesTheConfiguredSmallCountRuleAlsoWhenTheFormHasAnError() throws Exception {
        MockHttpSession session = signInAsStatistician();
        String withResults = mvc.perform(get("/statistics").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(withResults).contains("counts from 1 to 4 are withheld and shown as &lt;5");

        var refused = mvc.perform(get("/statistics").param("from", "2026-02-30").param("to", "2026-03-01").session(session))
                .andReturn().getResponse();
        assertThat(refused.getContentAsString())
                .contains("counts from 1 to 4 are withheld and shown as &lt;5")
                .contains("field-error");
    }
}
