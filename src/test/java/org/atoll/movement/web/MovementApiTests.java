package org.atoll.movement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atoll.movement.Crossings.PALAU;
import static org.atoll.movement.Crossings.aTraveller;
import static org.atoll.movement.Crossings.anEntry;
import static org.atoll.movement.Crossings.anExit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.atoll.movement.Movement;
import org.atoll.movement.Movements;
import org.atoll.movement.TravellerDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@AtollIntegrationTest
class MovementApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Movements movements;

    @Autowired
    JdbcClient jdbc;

    String officer;
    String supervisor;
    LocalDate today;

    @BeforeEach
    void signIn() throws Exception {
        ApiClient api = new ApiClient(mvc);
        officer = "Bearer " + api.officerToken("IMMIGRATION", List.of("ANALYST"));
        supervisor = "Bearer " + api.officerToken("IMMIGRATION", List.of("SUPERVISOR"));
        today = LocalDate.now(PALAU);
    }

    private ResultActions get(String token, String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).header("Authorization", token));
    }

    private ResultActions post(String token, String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void theOverstayListShowsWhoIsStillPresentPastTheirDateWithTheDaysOver() throws Exception {
        TravellerDocument overstayer = aTraveller().nationality("FJI").build();
        TravellerDocument leftInTime = aTraveller().nationality("FJI").build();
        TravellerDocument stillAllowed = aTraveller().nationality("FJI").build();
        movements.record(anEntry(overstayer).on(today.minusDays(40)).permit("VOA", today.minusDays(10)).build());
        movements.record(anEntry(leftInTime).on(today.minusDays(40)).permit("VOA", today.minusDays(10)).build());
        movements.record(anExit(leftInTime).on(today.minusDays(12)).build());
        movements.record(anEntry(stillAllowed).on(today.minusDays(5)).permit("VOA", today.plusDays(5)).build());

        String number = overstayer.documentNumber().value();
        get(officer, "/api/v1/overstays?nationality=FJI")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value(today.toString()))
                .andExpect(jsonPath("$.overstays[?(@.documentNumber == '" + number + "')].daysOver", contains(10)))
                .andExpect(jsonPath("$.overstays[?(@.documentNumber == '" + number + "')].permitType", contains("VOA")))
                .andExpect(jsonPath("$.overstays[*].documentNumber", not(hasItem(leftInTime.documentNumber().value()))))
                .andExpect(jsonPath("$.overstays[*].documentNumber", not(hasItem(stillAllowed.documentNumber().value()))));
        get(officer, "/api/v1/overstays?nationality=FJI&minDaysOver=11")
                .andExpect(jsonPath("$.overstays[*].documentNumber", not(hasItem(number))));
        get(officer, "/api/v1/overstays?nationality=fji&minDaysOver=10&permitType=voa")
                .andExpect(jsonPath("$.overstays[*].documentNumber", hasItem(number)));
        get(officer, "/api/v1/overstays?nationality=VUT")
                .andExpect(jsonPath("$.overstays[*].documentNumber", not(hasItem(number))));
        get(officer, "/api/v1/overstays?permitType=EV")
                .andExpect(jsonPath("$.overstays[*].documentNumber", not(hasItem(number))));
    }

    @Test
    void expectedDeparturesListThoseWhosePermittedStayEndsThatDay() throws Exception {
        TravellerDocument due = aTraveller().build();
        TravellerDocument dueLater = aTraveller().build();
        movements.record(anEntry(due).on(today.minusDays(3)).permit("VOA", today.plusDays(6)).build());
        movements.record(anEntry(dueLater).on(today.minusDays(3)).permit("VOA", today.plusDays(7)).build());

        get(officer, "/api/v1/expected-departures?date=" + today.plusDays(6))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value(today.plusDays(6).toString()))
                .andExpect(jsonPath("$.departures[*].documentNumber", hasItem(due.documentNumber().value())))
                .andExpect(jsonPath("$.departures[*].documentNumber", not(hasItem(dueLater.documentNumber().value()))));
    }

    @Test
    void movementsAreListedByPortDaysAndDirection() throws Exception {
        TravellerDocument traveller = aTraveller().build();
        LocalDate day = LocalDate.of(2023, 4, 2);
        Movement entry = movements.record(anEntry(traveller).port("PWMKK").bySea().on(day).build());
        Movement exit = movements.record(anExit(traveller).port("PWMKK").bySea().on(day.plusDays(2)).build());

        get(officer, "/api/v1/movements?port=PWMKK&from=" + day + "&to=" + day.plusDays(2))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.movements[*].movementId", hasItem(entry.movementId().toString())))
                .andExpect(jsonPath("$.movements[*].movementId", hasItem(exit.movementId().toString())))
                .andExpect(jsonPath("$.movements[?(@.movementId == '" + exit.movementId() + "')].mode", contains("SEA")));
        get(officer, "/api/v1/movements?port=PWMKK&from=" + day + "&to=" + day.plusDays(2) + "&direction=EXIT")
                .andExpect(jsonPath("$.movements[*].movementId", not(hasItem(entry.movementId().toString()))))
                .andExpect(jsonPath("$.movements[*].movementId", hasItem(exit.movementId().toString())));
        get(officer, "/api/v1/movements?port=PWROR&from=" + day + "&to=" + day.plusDays(2))
                .andExpect(jsonPath("$.movements[*].movementId", not(hasItem(entry.movementId().toString()))));
    }

    @Test
    void aBadFilterIsNamed() throws Exception {
        get(officer, "/api/v1/movements?from=yesterday").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        get(officer, "/api/v1/movements?direction=SIDEWAYS").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("direction"));
        get(officer, "/api/v1/overstays?minDaysOver=-3").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("minDaysOver"));
    }

    @Test
    void aTravellerIsFoundByAnyOfTheirDocumentsAndShownWithStaysAndMovements() throws Exception {
        TravellerDocument old = aTraveller().nationality("NZL").named("TAMIHANA", "ARI").bornOn(LocalDate.of(1966, 3, 3)).build();
        TravellerDocument renewed = aTraveller().nationality("NZL").named("TAMIHANA", "ARI").bornOn(LocalDate.of(1966, 3, 3)).build();
        Movement first = movements.record(anEntry(old).on(today.minusDays(300)).permit("VOA", today.minusDays(271)).build());
        movements.record(anExit(old).on(today.minusDays(290)).build());
        movements.record(anEntry(renewed).on(today.minusDays(2)).permit("VOA", today.plusDays(27)).build());

        String found = get(officer, "/api/v1/travellers?documentNumber=" + old.documentNumber())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].documentNumbers", hasItem(renewed.documentNumber().value())))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(found, "$[0].travellerId");
        assertThat(id).isEqualTo(first.travellerId().toString());

        get(officer, "/api/v1/travellers/" + id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.surname").value("TAMIHANA"))
                .andExpect(jsonPath("$.present").value(true))
                .andExpect(jsonPath("$.documents.length()").value(2))
                .andExpect(jsonPath("$.stays.length()").value(2))
                .andExpect(jsonPath("$.stays[0].open").value(true))
                .andExpect(jsonPath("$.stays[1].departed").value(today.minusDays(290).toString()))
                .andExpect(jsonPath("$.movements.length()").value(3));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'TRAVELLER_READ' AND object_id = :id")
                .param("id", id).query(Long.class).single()).isGreaterThanOrEqualTo(1);
        get(officer, "/api/v1/travellers/00000000-0000-4000-8000-000000000001").andExpect(status().isNotFound());
        get(officer, "/api/v1/travellers").andExpect(status().isUnprocessableContent());
    }

    @Test
    void aSupervisorMergesTwoRecordsOfOnePersonExplicitlyAndTheMergeIsAudited() throws Exception {
        // the same woman, her birth date mistyped on one crossing
        TravellerDocument one = aTraveller().nationality("PHL").named("REYES", "ANA").bornOn(LocalDate.of(1990, 1, 12)).build();
        TravellerDocument typo = aTraveller().nationality("PHL").named("REYES", "ANA").bornOn(LocalDate.of(1990, 12, 1)).build();
        Movement a = movements.record(anEntry(one).on(today.minusDays(100)).permit("VOA", today.minusDays(71)).build());
        movements.record(anExit(one).on(today.minusDays(90)).build());
        Movement b = movements.record(anEntry(typo).on(today.minusDays(20)).permit("VOA", today.plusDays(9)).build());
        assertThat(a.travellerId()).isNotEqualTo(b.travellerId());
        String survivor = a.travellerId().toString();
        long version = JsonPath.<Number>read(get(supervisor, "/api/v1/travellers/" + survivor).andReturn().getResponse()
                .getContentAsString(), "$.version").longValue();

        post(officer, "/api/v1/travellers/" + survivor + "/merges",
                "{\"otherTravellerId\":\"" + b.travellerId() + "\",\"reason\":\"same person\"}")
                .andExpect(status().isForbidden());
        post(supervisor, "/api/v1/travellers/" + survivor + "/merges", "{\"otherTravellerId\":\"" + b.travellerId() + "\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        post(supervisor, "/api/v1/travellers/" + survivor + "/merges",
                "{\"otherTravellerId\":\"" + b.travellerId() + "\",\"reason\":\"Birth date mistyped at the booth\",\"version\":" + version + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.movements.length()").value(3))
                .andExpect(jsonPath("$.documents.length()").value(2))
                .andExpect(jsonPath("$.present").value(true));

        assertThat(movements.history(typo, 10)).hasSize(3);
        get(officer, "/api/v1/travellers/" + b.travellerId()).andExpect(jsonPath("$.travellerId").value(survivor));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'TRAVELLER_MERGED' AND object_id = :id")
                .param("id", survivor).query(Long.class).single()).isEqualTo(1);

        // a second supervisor working from the version read before the merge
        TravellerDocument third = aTraveller().nationality("PHL").build();
        Movement c = movements.record(anEntry(third).on(today.minusDays(400)).build());
        post(supervisor, "/api/v1/travellers/" + survivor + "/merges",
                "{\"otherTravellerId\":\"" + c.travellerId() + "\",\"reason\":\"same person\",\"version\":" + version + "}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(version + 1));
    }

    @Test
    void aVisaOfficerExtendsTheOpenStayAndTheTravellerIsNoLongerAnOverstayer() throws Exception {
        TravellerDocument traveller = aTraveller().nationality("WSM").build();
        Movement entry = movements.record(anEntry(traveller).on(today.minusDays(40)).permit("VOA", today.minusDays(10)).build());
        String visaOfficer = "Bearer " + new ApiClient(mvc).officerToken("IMMIGRATION", List.of("VISA_OFFICER"));
        String path = "/api/v1/travellers/" + entry.travellerId() + "/permitted-until";
        get(officer, "/api/v1/overstays?nationality=WSM")
                .andExpect(jsonPath("$.overstays[*].documentNumber", hasItem(traveller.documentNumber().value())));

        post(visaOfficer, path, "{\"permittedUntil\":\"" + today.plusDays(20) + "\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        post(officer, path, "{\"permittedUntil\":\"" + today.plusDays(20) + "\",\"reason\":\"x\"}").andExpect(status().isForbidden());
        post(visaOfficer, path, "{\"permittedUntil\":\"" + today.plusDays(20) + "\",\"reason\":\"Extension approved\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.permittedUntil").value(today.plusDays(20).toString()));

        get(officer, "/api/v1/overstays?nationality=WSM")
                .andExpect(jsonPath("$.overstays[*].documentNumber", not(hasItem(traveller.documentNumber().value()))));
        get(officer, "/api/v1/travellers/" + entry.travellerId())
                .andExpect(jsonPath("$.permitChanges[0].previousUntil").value(today.minusDays(10).toString()))
                .andExpect(jsonPath("$.permitChanges[0].reason").value("Extension approved"));
        movements.record(anExit(traveller).on(today).build());
        post(visaOfficer, path, "{\"permittedUntil\":\"" + today.plusDays(30) + "\",\"reason\":\"again\"}")
                .andExpect(status().isNotFound());
    }

    @Test
    void theStayCalculatorCountsARollingWindowOverGivenStays() throws Exception {
        post(officer, "/api/v1/stay-calculations", """
                {"stays":[{"entered":"2025-01-01","departed":"2025-03-01"}],"windowDays":180,"limitDays":90,"date":"2025-06-01"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.windowStart").value("2024-12-04"))
                .andExpect(jsonPath("$.daysUsed").value(61))
                .andExpect(jsonPath("$.daysRemaining").value(29))
                .andExpect(jsonPath("$.overLimit").value(false));
        post(officer, "/api/v1/stay-calculations", """
                {"crossings":[{"direction":"ENTRY","date":"2025-01-01"},{"direction":"EXIT","date":"2025-03-01"}],"date":"2025-06-01"}""")
                .andExpect(jsonPath("$.daysUsed").value(61))
                .andExpect(jsonPath("$.limitDays").value(90));
        post(officer, "/api/v1/stay-calculations", "{\"stays\":[],\"date\":\"2025-06-01\"}")
                .andExpect(jsonPath("$.latestPermissibleExit").value("2025-08-29"));
        post(officer, "/api/v1/stay-calculations", "{\"windowDays\":180,\"limitDays\":180}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("limitDays"));
    }

    @Test
    void theStayCalculatorReadsARecordedTravellersStays() throws Exception {
        TravellerDocument traveller = aTraveller().nationality("D").build();
        Movement entry = movements.record(anEntry(traveller).on(today.minusDays(100)).permit("VE", today.minusDays(11)).build());
        movements.record(anExit(traveller).on(today.minusDays(41)).build());

        post(officer, "/api/v1/stay-calculations", "{\"travellerId\":\"" + entry.travellerId() + "\",\"date\":\"" + today.plusDays(3) + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.daysUsed").value(61))
                .andExpect(jsonPath("$.latestPermissibleExit").value(today.plusDays(32).toString()));
    }
}
