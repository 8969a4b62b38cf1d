package org.atoll.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.atoll.AtollIntegrationTest;
import org.atoll.TestDates;
import org.atoll.access.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.jayway.jsonpath.JsonPath;

/** Alert search and hit queue beyond one page: page/size in the API with Link headers, paging links in the UI. */
@AtollIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertPagingTests {

    static final int ALERTS = 205;

    @Autowired
    MockMvc mvc;

    AlertApiTestSupport api;
    String manager;
    String surname;

    @BeforeAll
    void manyAlertsWithOneSurname() throws Exception {
        api = new AlertApiTestSupport(mvc);
        manager = api.officer("CUSTOMS", "ALERT_MANAGER");
        Random random = new Random();
        StringBuilder name = new StringBuilder("Pagx");
        for (int i = 0; i < 8; i++) name.append((char) ('a' + random.nextInt(26)));
        surname = name.toString().toUpperCase(java.util.Locale.ROOT);
        StringBuilder csv = new StringBuilder(AlertImportTests.HEADER);
        String review = TestDates.today().plusYears(1).toString();
        for (int i = 0; i < ALERTS; i++) {
            csv.append("PERSON,").append(AlertFixtures.uniqueReference("PAGE")).append(",CUSTOMS_INTEREST,Paging test,Customs Act,")
                    .append("DISCREET_CHECK,Customs desk,").append(review).append(',').append(surname).append(",Given,,,,,,,,\n");
        }
        MockHttpServletResponse r = mvc.perform(MockMvcRequestBuilders.post("/api/v1/alerts/import")
                .header("Authorization", "Bearer " + manager).contentType("text/csv")
                .content(csv.toString().getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
    }

    private MockHttpServletResponse search(String query) throws Exception {
        MockHttpServletResponse r = api.get(manager, "/api/v1/alerts?q=" + surname + query);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        return r;
    }

    @Test
    void theAlertSearchPagesThroughEveryAlertOnceWithLinksToTheNextAndPreviousPage() throws Exception {
        Set<String> seen = new HashSet<>();
        List<Integer> sizes = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            MockHttpServletResponse r = search("&size=100&page=" + page);
            List<String> ids = JsonPath.read(r.getContentAsString(), "$[*].id");
            sizes.add(ids.size());
            seen.addAll(ids);
            String link = r.getHeader("Link");
            if (page < 2) {
                assertThat(link).contains("page=" + (page + 1)).contains("size=100").contains("rel=\"next\"");
            } else {
                assertThat(link).doesNotContain("rel=\"next\"");
            }
            if (page > 0) {
                assertThat(link).contains("page=" + (page - 1) + "&size=100>; rel=\"prev\"");
            }
        }
        assertThat(sizes).containsExactly(100, 100, 5);
        assertThat(seen).hasSize(ALERTS);
        assertThat(search("").getHeader("Link")).as("without page or size: the first 100").contains("rel=\"next\"");
        assertThat((List<?>) JsonPath.read(search("&limit=500").getContentAsString(), "$")).hasSize(ALERTS);
        assertThat(api.get(manager, "/api/v1/alerts?page=-1").getStatus()).isEqualTo(422);
    }

    @Test
    void theHitQueuePagesLikeTheList() throws Exception {
        String secondary = api.officer("CUSTOMS", "SECONDARY_OFFICER");
        for (int i = 0; i < 3; i++) {
            api.screen(secondary, Map.of("names", List.of("Given " + surname), "documents",
                    List.of(Map.of("issuingState", "PLW", "number", "PG" + System.nanoTime() % 1_000_000_000L))));
        }
        List<String> firstFour = JsonPath.read(api.get(secondary, "/api/v1/hits?size=4").getContentAsString(), "$[*].hitId");
        assertThat(firstFour).hasSize(4);
        MockHttpServletResponse page0 = api.get(secondary, "/api/v1/hits?size=2&page=0");
        MockHttpServletResponse page1 = api.get(secondary, "/api/v1/hits?size=2&page=1");
        List<String> both = new ArrayList<>(JsonPath.read(page0.getContentAsString(), "$[*].hitId"));
        both.addAll(JsonPath.read(page1.getContentAsString(), "$[*].hitId"));
        assertThat(both).containsExactlyElementsOf(firstFour);
        assertThat(page0.getHeader("Link")).contains("page=1&size=2>; rel=\"next\"");
        assertThat(page1.getHeader("Link")).contains("page=0&size=2>; rel=\"prev\"");
    }

    @Test
    void theAlertListPageLinksToTheNextAndPreviousPage() throws Exception {
        var as = AlertPagesTests.officer("paging.manager", "CUSTOMS", Role.ALERT_MANAGER);
        String first = mvc.perform(get("/alerts").param("q", surname).with(user(as))).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("Rows 1 to 200").contains("rel=\"next\"").contains("page=1").doesNotContain("rel=\"prev\"");
        String second = mvc.perform(get("/alerts").param("q", surname).param("page", "1").with(user(as))).andReturn().getResponse()
                .getContentAsString();
        assertThat(second).contains("Rows 201 to 205").contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        var hitsAs = AlertPagesTests.officer("paging.secondary", "CUSTOMS", Role.SECONDARY_OFFICER);
        assertThat(mvc.perform(get("/alerts/hits").param("page", "0").with(user(hitsAs))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }
}
