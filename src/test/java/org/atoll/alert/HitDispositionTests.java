package org.atoll.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atoll.alert.AlertFixtures.aPersonAlert;
import static org.atoll.alert.AlertFixtures.uniqueReference;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.atoll.AtollIntegrationTest;
import org.atoll.alert.HitConfirmed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@AtollIntegrationTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HitDispositionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;

    AlertApiTestSupport api;
    String manager;
    String secondary;
    AlertFixtures.Builder alert;
    String alertId;

    static final Map<String, Object> TRAVELLER = Map.of("names", List.of("Ruslan Akhmedovich Dzhabrailov"),
            "dateOfBirth", "1977-08-21", "documents", List.of(Map.of("issuingState", "RUS", "number", "758812345")));

    @BeforeAll
    void anActiveAlert() throws Exception {
        api = new AlertApiTestSupport(mvc);
        manager = api.officer("POLICE", "ALERT_MANAGER");
        secondary = api.officer("IMMIGRATION", "SECONDARY_OFFICER");
        alert = aPersonAlert(uniqueReference("POL")).named("DZHABRAILOV", "Ruslan Akhmedovich").bornOn("1977-08-21")
                .nationality("RUS").ownedBy("POLICE").sharedWith("IMMIGRATION").active();
        alertId = api.create(manager, alert);
    }

    private String screenAndTakeHit(Map<String, ?> traveller) throws Exception {
        MockHttpServletResponse r = api.screen(secondary, traveller);
        return (String) NeedToKnowTests.candidateFor(r, alertId).get("hitId");
    }

    private List<String> candidates(Map<String, ?> traveller) throws Exception {
        return JsonPath.read(api.screen(secondary, traveller).getContentAsString(), "$.candidates[*].alertId");
    }

    private MockHttpServletResponse dispose(String hitId, String disposition, String note) throws Exception {
        return api.post(secondary, "/api/v1/hits/" + hitId + "/disposition",
                AlertFixtures.JSON.writeValueAsString(note == null ? Map.of("disposition", disposition)
                        : Map.of("disposition", disposition, "note", note)));
    }

    @Test
    void aFalsePositiveDoesNotComeBackForTheSameTravellerAndAlertVersion() throws Exception {
        Map<String, Object> traveller = Map.of("names", List.of("Ruslan Dzhabrailov"),
                "documents", List.of(Map.of("issuingState", "RUS", "number", "712340001")));
        String hit = screenAndTakeHit(traveller);
        MockHttpServletResponse judged = dispose(hit, "FALSE_POSITIVE", "Different person: born 1995, photo does not match");
        assertThat(judged.getStatus()).as(judged.getContentAsString()).isEqualTo(200);
        assertThat((String) JsonPath.read(judged.getContentAsString(), "$.disposition")).isEqualTo("FALSE_POSITIVE");

        assertThat(candidates(traveller)).doesNotContain(alertId);
        Map<String, Object> otherTraveller = Map.of("names", List.of("Ruslan Dzhabrailov"),
                "documents", List.of(Map.of("issuingState", "RUS", "number", "799990000")));
        assertThat(candidates(otherTraveller)).contains(alertId);
        assertThat(candidates(Map.of("names", List.of("Ruslan Dzhabrailov")))).as("no document: nothing to remember it by")
                .contains(alertId);
    }

    @Test
    void aNewAlertVersionBringsAFalsePositiveBack() throws Exception {
        Map<String, Object> traveller = Map.of("names", List.of("Ruslan A. Dzhabrailov"),
                "documents", List.of(Map.of("issuingState", "KAZ", "number", "N0456789")));
        dispose(screenAndTakeHit(traveller), "FALSE_POSITIVE", "Kazakh citizen, not the wanted person");
        assertThat(candidates(traveller)).doesNotContain(alertId);

        String current = api.get(manager, "/api/v1/alerts/" + alertId).getContentAsString();
        Map<String, Object> change = alert.map();
        change.remove("status");
        change.put("reason", "Warrant renewed with a new photograph");
        change.put("version", JsonPath.read(current, "$.version"));
        change.put("changeReason", "new warrant");
        assertThat(api.put(manager, "/api/v1/alerts/" + alertId, AlertFixtures.JSON.writeValueAsString(change)).getStatus()).isEqualTo(200);
        assertThat(candidates(traveller)).contains(alertId);
    }

    @Test
    void aConfirmedHitIsPublishedAndTheOwningAgencyIsNotified() throws Exception {
        String hit = screenAndTakeHit(TRAVELLER);
        assertThat(dispose(hit, "CONFIRMED", "Fingerprints match the warrant file").getStatus()).isEqualTo(200);

        assertThat(events.stream(HitConfirmed.class)).anySatisfy(e -> {
            assertThat(e.hitId().toString()).isEqualTo(hit);
            assertThat(e.owningAgency()).isEqualTo("POLICE");
            assertThat(e.confirmedByAgency()).isEqualTo("IMMIGRATION");
        });
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        List<String> notified = List.of();
        while (Instant.now().isBefore(deadline)) {
            notified = JsonPath.read(api.get(manager, "/api/v1/alerts/notifications").getContentAsString(), "$[*].hitId");
            if (notified.contains(hit)) break;
            Thread.sleep(100);
        }
        assertThat(notified).contains(hit);
        String immigrationSupervisor = api.officer("IMMIGRATION", "SUPERVISOR");
        assertThat((List<String>) JsonPath.read(api.get(immigrationSupervisor, "/api/v1/alerts/notifications").getContentAsString(),
                "$[*].hitId")).doesNotContain(hit);
    }

    @Test
    void everyDispositionNeedsANoteAndASettledHitStaysSettled() throws Exception {
        String hit = screenAndTakeHit(TRAVELLER);
        MockHttpServletResponse noNote = dispose(hit, "INCONCLUSIVE", null);
        assertThat(noNote.getStatus()).isEqualTo(422);
        assertThat((List<String>) JsonPath.read(noNote.getContentAsString(), "$.errors[*].field")).containsExactly("note");
        assertThat(dispose(hit, "MAYBE", "hmm").getStatus()).isEqualTo(422);
        assertThat(dispose(hit, "INCONCLUSIVE", "Traveller has no second document; owning agency asked").getStatus()).isEqualTo(200);
        assertThat(dispose(hit, "CONFIRMED", "Police confirmed identity by phone").getStatus()).isEqualTo(200);
        assertThat(dispose(hit, "FALSE_POSITIVE", "changed my mind").getStatus()).isEqualTo(422);
    }

    @Test
    void theHitQueueListsPendingHitsWithTheTravellerBesideTheAlert() throws Exception {
        String hit = screenAndTakeHit(TRAVELLER);
        MockHttpServletResponse r = api.get(secondary, "/api/v1/hits?disposition=PENDING&limit=500");
        assertThat(r.getStatus()).isEqualTo(200);
        List<Map<String, Object>> found = JsonPath.read(r.getContentAsString(), "$[?(@.hitId == '" + hit + "')]");
        assertThat(found).singleElement().satisfies(h -> {
            assertThat(h).containsEntry("disposition", "PENDING").containsEntry("view", "FULL")
                    .containsEntry("alertTitle", "Ruslan Akhmedovich DZHABRAILOV");
            assertThat((List<String>) JsonPath.read(h, "$.traveller.names")).containsExactly("Ruslan Akhmedovich Dzhabrailov");
        });
        String primary = api.officer("IMMIGRATION", "PRIMARY_OFFICER");
        assertThat(api.get(primary, "/api/v1/hits").getStatus()).isEqualTo(403);
    }

    @Test
    void anOfficerWhoMayNotSeeTheAlertOrTheScreeningCannotDisposeOfTheHit() throws Exception {
        String hit = screenAndTakeHit(TRAVELLER);
        String biosecurity = api.officer("BIOSECURITY", "SUPERVISOR");
        assertThat(api.post(biosecurity, "/api/v1/hits/" + hit + "/disposition",
                "{\"disposition\":\"CONFIRMED\",\"note\":\"x\"}").getStatus()).isEqualTo(404);
    }

    private List<Map<String, Object>> pendingHitsFor(String token, String hitId) throws Exception {
        return JsonPath.read(api.get(token, "/api/v1/hits?disposition=PENDING&limit=500").getContentAsString(),
                "$[?(@.hitId == '" + hitId + "')]");
    }

    @Test
    void screeningTheSameTravellerAgainReusesThePendingHitInsteadOfPilingUpDuplicates() throws Exception {
        String number = "77" + (System.nanoTime() % 10_000_000L);
        Map<String, Object> traveller = Map.of("names", List.of("Ruslan Dzhabrailov"), "dateOfBirth", "1977-08-21",
                "documents", List.of(Map.of("issuingState", "RUS", "number", number)));
        String first = screenAndTakeHit(traveller);
        // the same documents, even with the name spelled otherwise at another booth: the same hit
        String again = screenAndTakeHit(Map.of("names", List.of("Ruslan A. Dzhabrailov"),
                "documents", List.of(Map.of("issuingState", "RUS", "number", number))));
        assertThat(again).isEqualTo(first);
        assertThat(pendingHitsFor(secondary, first)).hasSize(1);
        assertThat((Integer) JsonPath.read(api.get(secondary, "/api/v1/hits/" + first).getContentAsString(), "$.timesScreened"))
                .isEqualTo(2);
        String queue = api.get(secondary, "/api/v1/hits?disposition=PENDING&limit=500").getContentAsString();
        assertThat((List<String>) JsonPath.read(queue, "$[?(@.alertId == '" + alertId + "')].traveller.documents[0].number"))
                .filteredOn(number::equals).hasSize(1);

        // another document is another traveller
        String other = screenAndTakeHit(Map.of("names", List.of("Ruslan Dzhabrailov"),
                "documents", List.of(Map.of("issuingState", "RUS", "number", number + "9"))));
        assertThat(other).isNotEqualTo(first);

        // another agency's officers screen into their own queue
        String customs = api.officer("CUSTOMS", "SECONDARY_OFFICER");
        String customsHit = (String) NeedToKnowTests.candidateFor(api.screen(customs, traveller), alertId).get("hitId");
        assertThat(customsHit).isNotEqualTo(first);

        // once disposed of, the hit is settled; the next screening is a new hit to judge
        assertThat(dispose(first, "INCONCLUSIVE", "Second document asked for").getStatus()).isEqualTo(200);
        String afterDisposal = screenAndTakeHit(traveller);
        assertThat(afterDisposal).isNotEqualTo(first);
        assertThat(screenAndTakeHit(traveller)).isEqualTo(afterDisposal);
    }

    @Test
    void withoutADocumentTheSameDetailsReuseThePendingHitAndOtherDetailsDoNot() throws Exception {
        String dob = "1977-08-" + (10 + (int) (System.nanoTime() % 18));
        Map<String, Object> traveller = Map.of("names", List.of("Ruslan Akhmedovich Dzhabrailov"), "dateOfBirth", dob, "sex", "M");
        String first = screenAndTakeHit(traveller);
        assertThat(screenAndTakeHit(Map.of("names", List.of("  ruslan akhmedovich  DZHABRAILOV"), "dateOfBirth", dob, "sex", "M")))
                .isEqualTo(first);
        assertThat(screenAndTakeHit(Map.of("names", List.of("Ruslan Akhmedovich Dzhabrailov"), "dateOfBirth", dob, "sex", "F")))
                .isNotEqualTo(first);
    }
}
