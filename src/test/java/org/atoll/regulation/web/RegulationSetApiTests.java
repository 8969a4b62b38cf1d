package org.atoll.regulation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.atoll.TestDates;
import org.atoll.regulation.RegulationSetPublished;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

@AtollIntegrationTest
@RecordApplicationEvents
class RegulationSetApiTests {

    static final LocalDate TODAY = TestDates.today();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    RegulationApiSupport sets;
    String admin;

    @BeforeEach
    void setUp() throws Exception {
        admin = new ApiClient(mvc).adminToken();
        sets = new RegulationApiSupport(mvc, admin);
    }

    @Test
    void aDraftIsACopyOfTheLatestVersionAndListedWithTheOthers() throws Exception {
        String draft = sets.createDraft(TODAY.plusYears(3));
        JsonNode read = sets.read(draft);

        assertThat(read.get("status").asString()).isEqualTo("DRAFT");
        assertThat(read.get("basedOn").isNull()).isFalse();
        assertThat(read.get("document").get("regimes").size()).isGreaterThan(5);
        mvc.perform(get("/api/v1/regulation-sets").header("Authorization", "Bearer " + admin))
                .andExpect(jsonPath("$[?(@.id == '" + draft + "')].status", hasItem("DRAFT")))
                .andExpect(jsonPath("$[?(@.inForce == true)].version", org.hamcrest.Matchers.hasSize(1)));
        assertThat(audited("REGULATION_DRAFT_CREATED", draft)).isEqualTo(1);
    }

    @Test
    void aStaleRowVersionIsAConflictNamingTheCurrentOne() throws Exception {
        String draft = sets.createDraft(TODAY.plusYears(3));
        JsonNode read = sets.read(draft);
        assertThat(sets.edit(draft, doc -> doc.put("title", "Entry rules, first change")).getResponse().getStatus()).isEqualTo(200);

        String body = "{\"rowVersion\":" + read.get("rowVersion").asLong() + ",\"document\":" + read.get("document") + "}";
        mvc.perform(put("/api/v1/regulation-sets/" + draft).header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(read.get("rowVersion").asLong() + 1));
        assertThat(sets.read(draft).get("title").asString()).isEqualTo("Entry rules, first change");
    }

    @Test
    void aDraftKeepsItsIdentityAndAMisspelledFieldIsNamed() throws Exception {
        String draft = sets.createDraft(TODAY.plusYears(3));
        MvcResult renumbered = sets.edit(draft, doc -> doc.put("version", 99));
        assertThat(renumbered.getResponse().getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(renumbered.getResponse().getContentAsString(), "$.errors[0].field")).isEqualTo("document.version");

        MvcResult misspelled = sets.edit(draft, doc -> RegulationApiSupport.rule(doc, "regimes", "R-RUS").put("stayDayz", 60));
        assertThat(misspelled.getResponse().getStatus()).isEqualTo(422);
        assertThat(misspelled.getResponse().getContentAsString()).contains("stayDayz");
    }

    @Test
    void validationListsEveryErrorNamingItsRuleAndPublicationIsRefused() throws Exception {
        String draft = sets.createDraft(sets.nextFreeEffectiveDate(TODAY));
        sets.edit(draft, doc -> {
            ArrayNode provisions = (ArrayNode) doc.get("provisions");
            for (int i = provisions.size() - 1; i >= 0; i--) {
                if (provisions.get(i).get("reference").asString().equals("Executive Order 450, §VISA-REQUIRED")) {
                    provisions.remove(i);
                }
            }
            RegulationApiSupport.rule(doc, "regimes", "R-TWN").put("stayDays", 400);
        });

        mvc.perform(post("/api/v1/regulation-sets/" + draft + "/validate").header("Authorization", "Bearer " + admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clean").value(false))
                .andExpect(jsonPath("$.errors[?(@.kind == 'MISSING_PROVISION')].rule", hasItem("regime R-BGD")))
                .andExpect(jsonPath("$.errors[?(@.kind == 'STAY_BEYOND_TYPE_LIMIT')].rule", hasItem("regime R-TWN")));

        MvcResult refused = sets.publish(draft);
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(JsonPath.<java.util.List<String>>read(refused.getResponse().getContentAsString(), "$.errors[*].field"))
                .contains("regime R-BGD", "regime R-TWN");
        assertThat(sets.read(draft).get("status").asString()).isEqualTo("DRAFT");
        assertThat(events.stream(RegulationSetPublished.class)).isEmpty();
    }

    @Test
    void thePreviewShowsWhomADraftWouldTreatDifferently() throws Exception {
        String draft = sets.createDraft(sets.nextFreeEffectiveDate(TODAY));
        sets.edit(draft, doc -> {
            ArrayNode regimes = (ArrayNode) doc.get("regimes");
            for (int i = regimes.size() - 1; i >= 0; i--) {
                if (regimes.get(i).get("code").asString().equals("R-RUS")) {
                    regimes.remove(i);
                }
            }
        });

        mvc.perform(post("/api/v1/regulation-sets/" + draft + "/preview").header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"otherNationalities\":[\"AUS\"],\"stayDays\":14}"))
                .andExpect(status().isOk())
                // arrivals other tests recorded in the shared database join the preview (see ArrivalHistoryTests)
                .andExpect(jsonPath("$.recordedArrivals").isNumber())
                .andExpect(jsonPath("$.arrivalsTo").value(TODAY.toString()))
                .andExpect(jsonPath("$.arrivalsFrom").value(TODAY.minusMonths(12).toString()))
                .andExpect(jsonPath("$.recordedArrivalsSummary").value(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.startsWith("No arrivals recorded yet between " + TODAY.minusMonths(12)),
                        org.hamcrest.Matchers.startsWith("Over "))))
                .andExpect(jsonPath("$.changes[?(@.nationality == 'RUS' && @.purpose == 'TOURISM')].before.permitType", hasItem("VE")))
                .andExpect(jsonPath("$.changes[?(@.nationality == 'RUS' && @.purpose == 'TOURISM')].after.permitType", hasItem("VOA")))
                .andExpect(jsonPath("$.changes[?(@.nationality == 'AUS')]").isEmpty());
    }

    @Test
    void publishingAnnouncesTheNewVersionAndSupersedesTheLatest() throws Exception {
        LocalDate effective = sets.nextFreeEffectiveDate(TODAY);
        String draft = sets.createDraft(effective);
        String basedOn = sets.read(draft).get("basedOn").asString();

        MvcResult published = sets.publish(draft);

        assertThat(published.getResponse().getStatus()).isEqualTo(200);
        assertThat(JsonPath.<String>read(published.getResponse().getContentAsString(), "$.effectiveDate")).isEqualTo(effective.toString());
        assertThat(sets.read(draft).get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(sets.read(basedOn).get("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(events.stream(RegulationSetPublished.class))
                .singleElement().satisfies(e -> assertThat(e.effectiveDate()).isEqualTo(effective));
        assertThat(audited("REGULATION_SET_PUBLISHED", draft)).isEqualTo(1);
        // published law does not change
        mvc.perform(post("/api/v1/regulation-sets/" + draft + "/publish").header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"rowVersion\":1}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("PUBLISHED")));
    }

    @Test
    void aDraftCanBeDeletedButNotPublishedLaw() throws Exception {
        String draft = sets.createDraft(TODAY.plusYears(3));
        long rowVersion = sets.read(draft).get("rowVersion").asLong();
        mvc.perform(delete("/api/v1/regulation-sets/" + draft).param("rowVersion", String.valueOf(rowVersion))
                        .header("Authorization", "Bearer " + admin))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/regulation-sets/" + draft).header("Authorization", "Bearer " + admin))
                .andExpect(status().isNotFound());
    }

    private long audited(String action, String id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = :a AND object_id = :id")
                .param("a", action).param("id", id).query(Long.class).single();
    }
}
