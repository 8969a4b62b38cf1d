package org.atoll.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atoll.alert.AlertFixtures.aPersonAlert;
import static org.atoll.alert.AlertFixtures.uniqueReference;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.atoll.AtollIntegrationTest;
import org.atoll.alert.internal.AlertService;
import org.atoll.alert.internal.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** Review dates and validity passing, on a clock the test moves forward. */
@AtollIntegrationTest
@Import(AlertReviewTests.Clocks.class)
class AlertReviewTests {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.now());
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    AlertService alerts;

    AlertApiTestSupport api;
    String manager;
    String booth;

    @BeforeEach
    void officers() throws Exception {
        api = new AlertApiTestSupport(mvc);
        signIn();
    }

    /** Tokens live 30 minutes on the test's clock: after moving it, officers sign in again. */
    private void signIn() throws Exception {
        manager = api.officer("BIOSECURITY", "ALERT_MANAGER");
        booth = api.officer("BIOSECURITY", "PRIMARY_OFFICER");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private List<String> candidates(String name) throws Exception {
        return JsonPath.read(api.screen(booth, Map.of("names", List.of(name))).getContentAsString(), "$.candidates[*].alertId");
    }

    private List<String> reviewQueue() throws Exception {
        return JsonPath.read(api.get(manager, "/api/v1/alerts/review-queue").getContentAsString(), "$[*].id");
    }

    @Test
    void anActiveAlertPastItsReviewDateStopsProducingHitsUntilItIsReviewed() throws Exception {
        String id = api.create(manager, aPersonAlert(uniqueReference("BIO")).named("KLOULUBAK", "Tiare Moses")
                .with("category", "BIOSECURITY_INTEREST").reviewOn(today().plusDays(1)).active());
        assertThat(candidates("Tiare Moses Kloulubak")).contains(id);

        clock.advance(Duration.ofDays(3));
        signIn();
        assertThat(candidates("Tiare Moses Kloulubak")).as("review overdue: no hit").doesNotContain(id);
        assertThat(reviewQueue()).contains(id);

        MockHttpServletResponse reviewed = api.post(manager, "/api/v1/alerts/" + id + "/review", AlertFixtures.JSON.writeValueAsString(
                Map.of("nextReviewDate", today().plusYears(1).toString(), "note", "Import ban still in force", "version", 1)));
        assertThat(reviewed.getStatus()).as(reviewed.getContentAsString()).isEqualTo(200);
        assertThat(candidates("Tiare Moses Kloulubak")).contains(id);
        assertThat(reviewQueue()).doesNotContain(id);
        String history = api.get(manager, "/api/v1/alerts/" + id + "/history").getContentAsString();
        assertThat((List<String>) JsonPath.read(history, "$[*].changeKind")).containsExactly("CREATED", "REVIEWED");
        assertThat((String) JsonPath.read(history, "$[1].changeReason")).isEqualTo("Import ban still in force");
    }

    @Test
    void theReviewQueueListsTheAgencysAlertsDueWithinThirtyDaysOverdueFirst() throws Exception {
        String soon = api.create(manager, aPersonAlert(uniqueReference("BIO")).named("ADELBAI", "Ngiraked").reviewOn(today().plusDays(10)).active());
        String later = api.create(manager, aPersonAlert(uniqueReference("BIO")).named("ADELBAI", "Kesol").reviewOn(today().plusDays(200)).active());
        String otherAgency = api.create(api.officer("POLICE", "ALERT_MANAGER"), aPersonAlert(uniqueReference("POL"))
                .named("ADELBAI", "Techur").ownedBy("POLICE").sharedWith("BIOSECURITY").reviewOn(today().plusDays(5)).active());
        assertThat(reviewQueue()).contains(soon).doesNotContain(later, otherAgency);
    }

    @Test
    void anAlertCannotBeActivatedWhileItsReviewIsOverdue() throws Exception {
        String id = api.create(manager, aPersonAlert(uniqueReference("BIO")).named("RENGUUL", "Imelda").reviewOn(today().plusDays(1)));
        clock.advance(Duration.ofDays(2));
        signIn();
        MockHttpServletResponse r = api.post(manager, "/api/v1/alerts/" + id + "/status",
                "{\"status\":\"ACTIVE\",\"reason\":\"ready\",\"version\":1}");
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat((String) JsonPath.read(r.getContentAsString(), "$.errors[0].message")).contains("review was due");
    }

    @Test
    void anAlertPastItsValidityExpiresAndStopsProducingHits() throws Exception {
        String id = api.create(manager, aPersonAlert(uniqueReference("BIO")).named("MESEBELUU", "Orrenges Dirraklang")
                .with("validUntil", today().plusDays(1).toString()).reviewOn(today().plusDays(1)).active());
        clock.advance(Duration.ofDays(2));
        signIn();
        assertThat(candidates("Orrenges Dirraklang Mesebeluu")).doesNotContain(id);

        alerts.expireEnded(new Viewer("system", Optional.empty(), Set.of()));
        String alert = api.get(manager, "/api/v1/alerts/" + id).getContentAsString();
        assertThat((String) JsonPath.read(alert, "$.status")).isEqualTo("EXPIRED");
        String history = api.get(manager, "/api/v1/alerts/" + id + "/history").getContentAsString();
        assertThat((String) JsonPath.read(history, "$[1].changedBy")).isEqualTo("system");
        assertThat((String) JsonPath.read(history, "$[1].changeReason")).contains("validity ended");
    }
}
