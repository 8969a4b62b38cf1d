package org.atoll.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atoll.alert.AlertFixtures.aPersonAlert;
import static org.atoll.alert.AlertFixtures.uniqueReference;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.atoll.AtollApplication;
import org.atoll.AtollIntegrationTest;
import org.atoll.TestDatabase;
import org.atoll.alert.internal.AlertIndex;
import org.atoll.alert.model.AlertStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Two Atoll nodes on one database: the test's application and a second one started beside it.
 * An alert created or withdrawn through the first is seen by the second's screening within 2 seconds.
 */
@AtollIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexAcrossNodesTests {

    static final Duration WITHIN = Duration.ofSeconds(2);

    @Autowired
    MockMvc mvc;

    ConfigurableApplicationContext secondNode;
    AlertApiTestSupport api;

    @BeforeAll
    void startASecondNode() {
        api = new AlertApiTestSupport(mvc);
        secondNode = new SpringApplicationBuilder(AtollApplication.class)
                .profiles(new TestDatabase().resolve(getClass()))
                .properties("server.port=0", "spring.main.banner-mode=off", "spring.application.name=atoll-node-2")
                .run();
    }

    @AfterAll
    void stopTheSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    /** Polls until {@code expected} holds or the deadline passes; returns how long it took. */
    private Duration await(java.util.function.BooleanSupplier expected) throws InterruptedException {
        Instant start = Instant.now();
        Instant deadline = start.plus(WITHIN);
        while (!expected.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not seen by the second node within " + WITHIN);
            }
            Thread.sleep(25);
        }
        return Duration.between(start, Instant.now());
    }

    @Test
    void anAlertCreatedOnOneNodeIsScreenedOnTheOtherWithinTwoSeconds() throws Exception {
        String manager = api.officer("IMMIGRATION", "ALERT_MANAGER");
        String booth = api.officer("IMMIGRATION", "PRIMARY_OFFICER");
        AlertIndex secondIndex = secondNode.getBean(AlertIndex.class);

        String id = api.create(manager, aPersonAlert(uniqueReference("IMM")).named("NGIRCHOKEBAI", "Ferdinand Ueki").active());
        UUID alertId = UUID.fromString(id);
        Duration took = await(() -> secondIndex.alert(alertId).filter(a -> a.status() == AlertStatus.ACTIVE).isPresent());
        assertThat(took).isLessThanOrEqualTo(WITHIN);

        String port = secondNode.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> screened = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/screening/persons"))
                .header("Authorization", "Bearer " + booth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"names\":[\"Ferdinand Ueki Ngirchokebai\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(screened.statusCode()).isEqualTo(200);
        assertThat((List<String>) JsonPath.read(screened.body(), "$.candidates[*].alertId")).contains(id);

        api.post(manager, "/api/v1/alerts/" + id + "/status", "{\"status\":\"WITHDRAWN\",\"reason\":\"entered in error\",\"version\":1}");
        await(() -> secondIndex.alert(alertId).filter(a -> a.status() == AlertStatus.WITHDRAWN).isPresent());
        assertThat(secondIndex.screen(org.atoll.alert.screening.ScreeningQuery.forName("Ferdinand Ueki Ngirchokebai").build(),
                org.atoll.alert.screening.Suppressions.NONE).candidates()).noneMatch(c -> c.alertId().equals(alertId));
    }
}
