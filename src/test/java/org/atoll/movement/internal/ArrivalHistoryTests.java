package org.atoll.movement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atoll.movement.Crossings.PALAU;
import static org.atoll.movement.Crossings.aTraveller;
import static org.atoll.movement.Crossings.anEntry;
import static org.atoll.movement.Crossings.anExit;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.atoll.movement.Movements;
import org.atoll.movement.TravellerDocument;
import org.atoll.regulation.ArrivalHistory;
import org.atoll.regulation.EarlierStay;
import org.atoll.regulation.EligibilityRequest;
import org.atoll.regulation.Purpose;
import org.atoll.regulation.TravellerIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The regulation module's rolling windows and impact preview, now over the recorded movements. */
@AtollIntegrationTest
class ArrivalHistoryTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Movements movements;

    @Autowired
    ArrivalHistory arrivals;

    @Autowired
    MockMvc mvc;

    @Test
    void earlierStaysAreFollowedAcrossTheTravellersDocuments() {
        LocalDate day = LocalDate.of(2024, 2, 1);
        TravellerDocument old = aTraveller().nationality("NZL").named("PAREKURA", "HINE").bornOn(LocalDate.of(1975, 9, 9)).build();
        TravellerDocument renewed = aTraveller().nationality("NZL").named("PAREKURA", "HINE").bornOn(LocalDate.of(1975, 9, 9)).build();
        movements.record(anEntry(old).on(day).permit("VOA", day.plusDays(29)).build());
        movements.record(anExit(old).on(day.plusDays(9)).build());
        movements.record(anEntry(renewed).on(day.plusDays(40)).permit("VOA", day.plusDays(69)).build());

        List<EarlierStay> stays = arrivals.earlierStays(new TravellerIdentity(renewed.nationality(),
                renewed.documentNumber().value(), renewed.dateOfBirth()), day.minusDays(10), day.plusDays(100));

        assertThat(stays).containsExactlyInAnyOrder(EarlierStay.between(day, day.plusDays(9)),
                EarlierStay.withoutRecordedExit(day.plusDays(40)));
        assertThat(arrivals.earlierStays(new TravellerIdentity(renewed.nationality(), renewed.documentNumber().value(),
                renewed.dateOfBirth()), day.plusDays(10), day.plusDays(39))).isEmpty();
    }

    @Test
    void recordedEntriesBecomeTheEligibilityQuestionsTheyWere() {
        LocalDate day = LocalDate.of(2024, 8, 14);
        TravellerDocument traveller = aTraveller().nationality("KOR").build();
        movements.record(new org.atoll.movement.CrossingToRecord(java.util.UUID.randomUUID(), traveller,
                org.atoll.movement.Direction.ENTRY, org.atoll.reference.PortCode.of("PWROR"),
                day.atTime(9, 0).atZone(PALAU).toInstant(), org.atoll.movement.TransportMode.AIR,
                org.atoll.movement.TravellerRole.PASSENGER, java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.of("VOA"), java.util.Optional.of(day.plusDays(29)), "officer", "ADMIT",
                java.util.Optional.of("business")));

        List<EligibilityRequest> asked = arrivals.arrivalsBetween(day, day);

        EligibilityRequest request = asked.stream()
                .filter(r -> r.document().number().equals(java.util.Optional.of(traveller.documentNumber().value())))
                .findFirst().orElseThrow();
        assertThat(request.nationality().value()).isEqualTo("KOR");
        assertThat(request.purpose()).isEqualTo(Purpose.BUSINESS);
        assertThat(request.arrivalDate()).isEqualTo(day);
        assertThat(request.intendedStayDays()).isEqualTo(30);
        assertThat(request.dateOfBirth()).isEqualTo(traveller.dateOfBirth());
    }

    @Test
    void aNinetyInAHundredAndEightyRegimeCountsTheRecordedStays() throws Exception {
        LocalDate arrival = LocalDate.now(PALAU).plusDays(3);
        TravellerDocument german = aTraveller().nationality("D").build();
        movements.record(anEntry(german).on(arrival.minusDays(100)).permit("VE", arrival.minusDays(11)).build());
        movements.record(anExit(german).on(arrival.minusDays(41)).build());
        String officer = "Bearer " + new ApiClient(mvc).officerToken("IMMIGRATION", List.of("PRIMARY_OFFICER"));

        mvc.perform(post("/api/v1/eligibility").header("Authorization", officer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nationality\":\"D\",\"documentType\":\"P\",\"documentNumber\":\"" + german.documentNumber()
                                + "\",\"documentExpiry\":\"" + arrival.plusYears(5) + "\",\"purpose\":\"tourism\","
                                + "\"intendedStayDays\":45,\"arrivalDate\":\"" + arrival + "\",\"onwardTicket\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("OFFICER_CHECK"))
                .andExpect(jsonPath("$.permittedUntil").value(arrival.plusDays(29).toString()));
    }

    @Test
    void theImpactPreviewOfADraftComparesTheArrivalsRecordedLastYear() throws Exception {
        TravellerDocument russian = aTraveller().nationality("RUS").build();
        LocalDate lastMonth = LocalDate.now(PALAU).minusDays(30);
        movements.record(anEntry(russian).on(lastMonth).permit("VE", lastMonth.plusDays(13)).build());
        movements.record(anExit(russian).on(lastMonth.plusDays(13)).build());
        String admin = "Bearer " + new ApiClient(mvc).adminToken();
        String draft = draftWithoutRegime(admin, "R-RUS");

        String preview = mvc.perform(post("/api/v1/regulation-sets/" + draft + "/preview").header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"otherNationalities\":[\"AUS\"],\"stayDays\":14}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changes[?(@.label == 'recorded arrival " + lastMonth + " RUS tourism')].after.permitType",
                        hasItem("VOA")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(preview, "$.recordedArrivals")).isGreaterThanOrEqualTo(1);
    }

    /** A draft of the latest rules, effective after every published version, with one regime removed. */
    private String draftWithoutRegime(String admin, String regime) throws Exception {
        String list = mvc.perform(get("/api/v1/regulation-sets").header("Authorization", admin)).andReturn().getResponse()
                .getContentAsString();
        List<String> published = JsonPath.read(list, "$[?(@.status != 'DRAFT')].effectiveDate");
        LocalDate today = LocalDate.now(PALAU);
        LocalDate latest = published.stream().map(LocalDate::parse).max(LocalDate::compareTo).orElse(today);
        LocalDate effective = (latest.isAfter(today) ? latest : today).plusDays(7);
        String created = mvc.perform(post("/api/v1/regulation-sets").header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"effectiveDate\":\"" + effective + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        JsonNode set = JSON.readTree(mvc.perform(get("/api/v1/regulation-sets/" + id).header("Authorization", admin))
                .andReturn().getResponse().getContentAsString());
        ObjectNode document = (ObjectNode) set.get("document");
        ArrayNode regimes = (ArrayNode) document.get("regimes");
        for (int i = regimes.size() - 1; i >= 0; i--) {
            if (regimes.get(i).get("code").asString().equals(regime)) {
                regimes.remove(i);
            }
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("rowVersion", set.get("rowVersion").asLong());
        body.set("document", document);
        mvc.perform(put("/api/v1/regulation-sets/" + id).header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON).content(body.toString())).andExpect(status().isOk());
        return id;
    }
}
