package org.atoll.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every role against every endpoint family: allowed (anything but 401/403) or refused (403).
 * Without a token every family answers 401 problem+json. New modules add their families here.
 */
@AtollIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixTests {

    record Family(String name, HttpMethod method, String path, String body, Set<Role> allowed) {
    }

    static final Set<Role> EVERY_ROLE = Set.of(Role.values());
    static final Set<Role> ADMIN_ONLY = Set.of(Role.ADMINISTRATOR);
    static final Set<Role> VISA_DESK = Set.of(Role.VISA_OFFICER, Role.SUPERVISOR);
    // alert module: statisticians and administrators never read alerts; machine clients may screen (scope SCREENING)
    static final String NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";
    static final Set<Role> ALERT_READERS = Set.of(Role.PRIMARY_OFFICER, Role.SECONDARY_OFFICER, Role.SUPERVISOR,
            Role.VISA_OFFICER, Role.ALERT_MANAGER, Role.ANALYST, Role.LABOUR_OFFICER);
    static final Set<Role> ALERT_SCREENING = Set.of(Role.PRIMARY_OFFICER, Role.SECONDARY_OFFICER, Role.SUPERVISOR,
            Role.VISA_OFFICER, Role.ALERT_MANAGER, Role.ANALYST);
    static final Set<Role> ALERT_MANAGERS = Set.of(Role.ALERT_MANAGER);
    static final Set<Role> ALERT_NOTIFIED = Set.of(Role.ALERT_MANAGER, Role.SUPERVISOR, Role.ANALYST);
    static final Set<Role> INSPECTORS = Set.of(Role.PRIMARY_OFFICER, Role.SECONDARY_OFFICER, Role.SUPERVISOR);
    static final Set<Role> SECONDARY = Set.of(Role.SECONDARY_OFFICER, Role.SUPERVISOR);
    static final Set<Role> MOVEMENT_READERS = Set.of(Role.PRIMARY_OFFICER, Role.SECONDARY_OFFICER, Role.SUPERVISOR,
            Role.ANALYST);
    static final Set<Role> HIT_ADJUDICATORS = Set.of(Role.SECONDARY_OFFICER, Role.SUPERVISOR, Role.ALERT_MANAGER);

    static final List<Family> FAMILIES = List.of(
            new Family("list officers", HttpMethod.GET, "/api/v1/officers", null, ADMIN_ONLY),
            new Family("create officer", HttpMethod.POST, "/api/v1/officers", "{}", ADMIN_ONLY),
            new Family("read officer", HttpMethod.GET, "/api/v1/officers/admin", null, ADMIN_ONLY),
            new Family("list agencies", HttpMethod.GET, "/api/v1/agencies", null, EVERY_ROLE),
            new Family("create agency", HttpMethod.POST, "/api/v1/agencies", "{}", ADMIN_ONLY),
            new Family("list API clients", HttpMethod.GET, "/api/v1/api-clients", null, ADMIN_ONLY),
            new Family("create API client", HttpMethod.POST, "/api/v1/api-clients", "{}", ADMIN_ONLY),
            new Family("search audit", HttpMethod.GET, "/api/v1/audit", null, ADMIN_ONLY),
            new Family("verify audit chain", HttpMethod.GET, "/api/v1/audit/verification", null, ADMIN_ONLY),
            new Family("read reference data", HttpMethod.GET, "/api/v1/reference/countries", null, EVERY_ROLE),
            new Family("edit reference data", HttpMethod.POST, "/api/v1/reference/ports", "{}", ADMIN_ONLY),
            new Family("read an MRZ", HttpMethod.POST, "/api/v1/documents/mrz", "{\"mrz\":\"P<UTO\"}", EVERY_ROLE),
            new Family("generate an MRZ", HttpMethod.POST, "/api/v1/documents/mrz/generate", "{}", EVERY_ROLE),
            new Family("metrics", HttpMethod.GET, "/actuator/prometheus", null, ADMIN_ONLY),
            // regulation module
            new Family("eligibility", HttpMethod.POST, "/api/v1/eligibility", "{}", EVERY_ROLE),
            new Family("list regulation sets", HttpMethod.GET, "/api/v1/regulation-sets", null, ADMIN_ONLY),
            new Family("create regulation draft", HttpMethod.POST, "/api/v1/regulation-sets", "{}", ADMIN_ONLY),
            new Family("validate regulation draft", HttpMethod.POST,
                    "/api/v1/regulation-sets/00000000-0000-0000-0000-000000000000/validate", null, ADMIN_ONLY),
            new Family("publish regulation draft", HttpMethod.POST,
                    "/api/v1/regulation-sets/00000000-0000-0000-0000-000000000000/publish", "{}", ADMIN_ONLY),
            // visa module
            new Family("submit visa application", HttpMethod.POST, "/api/v1/visa-applications", "{}", VISA_DESK),
            new Family("visa work queue", HttpMethod.GET, "/api/v1/visa-applications", null, VISA_DESK),
            new Family("read visa application", HttpMethod.GET,
                    "/api/v1/visa-applications/00000000-0000-0000-0000-000000000000", null, VISA_DESK),
            new Family("decide visa application", HttpMethod.POST,
                    "/api/v1/visa-applications/00000000-0000-0000-0000-000000000000/decision", "{}", VISA_DESK),
            new Family("issue visa", HttpMethod.POST,
                    "/api/v1/visa-applications/00000000-0000-0000-0000-000000000000/issue", "{}", VISA_DESK),
            new Family("approve a refusal", HttpMethod.POST,
                    "/api/v1/visa-applications/00000000-0000-0000-0000-000000000000/refusal-review", "{}",
                    Set.of(Role.SUPERVISOR)),
            new Family("look up visas by passport", HttpMethod.GET, "/api/v1/visas?nationality=BGD&documentNumber=X1",
                    null, Set.of(Role.VISA_OFFICER, Role.SUPERVISOR, Role.PRIMARY_OFFICER, Role.SECONDARY_OFFICER)),
            new Family("read visa", HttpMethod.GET, "/api/v1/visas/V00000000", null,
                    Set.of(Role.VISA_OFFICER, Role.SUPERVISOR, Role.PRIMARY_OFFICER, Role.SECONDARY_OFFICER)),
            new Family("revoke visa", HttpMethod.POST, "/api/v1/visas/V00000000/revocation", "{}", VISA_DESK),
            new Family("extend visa", HttpMethod.POST, "/api/v1/visas/V00000000/extensions", "{}", VISA_DESK),
            new Family("read visa type policies", HttpMethod.GET, "/api/v1/visa-type-policies", null,
                    Set.of(Role.VISA_OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR)),
            new Family("change visa type policy", HttpMethod.PUT, "/api/v1/visa-type-policies/EV", "{}", ADMIN_ONLY),
            new Family("screen visa application again", HttpMethod.POST,
                    "/api/v1/visa-applications/00000000-0000-0000-0000-000000000000/screening", null, VISA_DESK),
            new Family("dispose of a visa application's alert hit", HttpMethod.POST,
                    "/api/v1/visa-applications/00000000-0000-0000-0000-000000000000/alert-hits/"
                            + "00000000-0000-0000-0000-000000000000/disposition", "{}", VISA_DESK),
            new Family("screen a person", HttpMethod.POST, "/api/v1/screening/persons", "{}", ALERT_SCREENING),
            new Family("search alerts", HttpMethod.GET, "/api/v1/alerts", null, ALERT_READERS),
            new Family("read alert", HttpMethod.GET, "/api/v1/alerts/" + NO_SUCH_ID, null, ALERT_READERS),
            new Family("alert history", HttpMethod.GET, "/api/v1/alerts/" + NO_SUCH_ID + "/history", null, ALERT_READERS),
            new Family("create alert", HttpMethod.POST, "/api/v1/alerts", "{}", ALERT_MANAGERS),
            new Family("change alert", HttpMethod.PUT, "/api/v1/alerts/" + NO_SUCH_ID, "{}", ALERT_MANAGERS),
            new Family("change alert status", HttpMethod.POST, "/api/v1/alerts/" + NO_SUCH_ID + "/status", "{}", ALERT_MANAGERS),
            new Family("review alert", HttpMethod.POST, "/api/v1/alerts/" + NO_SUCH_ID + "/review", "{}", ALERT_MANAGERS),
            new Family("alert review queue", HttpMethod.GET, "/api/v1/alerts/review-queue", null, ALERT_MANAGERS),
            new Family("import alerts", HttpMethod.POST, "/api/v1/alerts/import", "{}", ALERT_MANAGERS),
            new Family("alert notifications", HttpMethod.GET, "/api/v1/alerts/notifications", null, ALERT_NOTIFIED),
            new Family("hit queue", HttpMethod.GET, "/api/v1/hits", null, HIT_ADJUDICATORS),
            new Family("read hit", HttpMethod.GET, "/api/v1/hits/" + NO_SUCH_ID, null, HIT_ADJUDICATORS),
            new Family("dispose of hit", HttpMethod.POST, "/api/v1/hits/" + NO_SUCH_ID + "/disposition", "{}", HIT_ADJUDICATORS),
            new Family("list incidents", HttpMethod.GET, "/api/v1/incidents", null, EVERY_ROLE),
            new Family("report an incident", HttpMethod.POST, "/api/v1/incidents", "{}", EVERY_ROLE),
            new Family("read an incident", HttpMethod.GET, "/api/v1/incidents/00000000-0000-0000-0000-000000000000", null, EVERY_ROLE),
            new Family("edit an incident", HttpMethod.PUT, "/api/v1/incidents/00000000-0000-0000-0000-000000000000", "{}", EVERY_ROLE),
            new Family("change an incident's status", HttpMethod.POST, "/api/v1/incidents/00000000-0000-0000-0000-000000000000/status", "{}", EVERY_ROLE),
            new Family("assign an incident task", HttpMethod.POST, "/api/v1/incidents/00000000-0000-0000-0000-000000000000/tasks", "{}", EVERY_ROLE),
            new Family("complete an incident task", HttpMethod.POST, "/api/v1/incidents/00000000-0000-0000-0000-000000000000/tasks/00000000-0000-0000-0000-000000000000/completion", "{}", EVERY_ROLE),
            new Family("link to an incident", HttpMethod.POST, "/api/v1/incidents/00000000-0000-0000-0000-000000000000/links", "{}", EVERY_ROLE),
            new Family("fetch an incident attachment", HttpMethod.GET, "/api/v1/incidents/00000000-0000-0000-0000-000000000000/attachments/00000000-0000-0000-0000-000000000000", null, EVERY_ROLE),
            new Family("incident counts", HttpMethod.GET, "/api/v1/incidents/counts", null, EVERY_ROLE),
            new Family("incident link graph", HttpMethod.GET, "/api/v1/incidents/00000000-0000-0000-0000-000000000000/graph", null, EVERY_ROLE),
            new Family("refer an incident", HttpMethod.POST, "/api/v1/incidents/00000000-0000-0000-0000-000000000000/referrals", "{}", EVERY_ROLE),
            new Family("list incident types", HttpMethod.GET, "/api/v1/incident-types", null, EVERY_ROLE),
            new Family("add an incident type", HttpMethod.POST, "/api/v1/incident-types", "{}", ADMIN_ONLY),
            new Family("read notifications", HttpMethod.GET, "/api/v1/notifications", null, EVERY_ROLE),
            new Family("mark notification read", HttpMethod.POST, "/api/v1/notifications/00000000-0000-0000-0000-000000000000/read", null, EVERY_ROLE),
            new Family("list intelligence", HttpMethod.GET, "/api/v1/intelligence", null, EVERY_ROLE),
            new Family("create intelligence", HttpMethod.POST, "/api/v1/intelligence", "{}", EVERY_ROLE),
            new Family("read intelligence", HttpMethod.GET, "/api/v1/intelligence/00000000-0000-0000-0000-000000000000", null, EVERY_ROLE),
            new Family("disseminate intelligence", HttpMethod.POST, "/api/v1/intelligence/00000000-0000-0000-0000-000000000000/disseminations", "{}", EVERY_ROLE),
            new Family("search incidents and intelligence", HttpMethod.GET, "/api/v1/search?q=x", null, EVERY_ROLE),
            new Family("submit a manifest", HttpMethod.POST, "/api/v1/manifests", "{}",
                    Set.of(Role.ADMINISTRATOR, Role.SUPERVISOR)),
            new Family("read a manifest", HttpMethod.GET, "/api/v1/manifests/00000000-0000-0000-0000-000000000000", null,
                    Set.of(Role.PRIMARY_OFFICER, Role.SECONDARY_OFFICER, Role.SUPERVISOR, Role.ALERT_MANAGER,
                            Role.ANALYST, Role.ADMINISTRATOR)),
            new Family("list expected flights", HttpMethod.GET, "/api/v1/flights?date=2026-03-01&port=PWROR", null, EVERY_ROLE),
            new Family("propose an alert from an incident", HttpMethod.POST, "/api/v1/incidents/00000000-0000-0000-0000-000000000000/alert-proposals", "{}", EVERY_ROLE),
            new Family("propose a visa revocation from an incident", HttpMethod.POST, "/api/v1/incidents/00000000-0000-0000-0000-000000000000/visa-revocation-proposals", "{}", EVERY_ROLE),
            new Family("list visa revocation proposals", HttpMethod.GET, "/api/v1/visa-revocation-proposals", null, VISA_DESK),
            new Family("dismiss a visa revocation proposal", HttpMethod.POST, "/api/v1/visa-revocation-proposals/00000000-0000-0000-0000-000000000000/dismissal", "{}", VISA_DESK),
            // inspection module
            new Family("inspect at the booth", HttpMethod.POST, "/api/v1/inspections", "{}", INSPECTORS),
            new Family("read an inspection", HttpMethod.GET, "/api/v1/inspections/" + NO_SUCH_ID, null, INSPECTORS),
            new Family("decide at the booth", HttpMethod.POST, "/api/v1/inspections/" + NO_SUCH_ID + "/decision", "{}", INSPECTORS),
            new Family("referral queue", HttpMethod.GET, "/api/v1/inspections/referrals?port=PWROR", null, SECONDARY),
            new Family("override report", HttpMethod.GET, "/api/v1/inspections/overrides", null, Set.of(Role.SUPERVISOR)),
            new Family("decide at secondary", HttpMethod.POST, "/api/v1/inspections/" + NO_SUCH_ID + "/secondary-decision", "{}", SECONDARY),
            new Family("approve a refusal of entry", HttpMethod.POST, "/api/v1/inspections/" + NO_SUCH_ID + "/refusal-review", "{}",
                    Set.of(Role.SUPERVISOR)),
            new Family("interview", HttpMethod.POST, "/api/v1/inspections/" + NO_SUCH_ID + "/interview", "{}", SECONDARY),
            new Family("refusal notice", HttpMethod.GET, "/api/v1/inspections/" + NO_SUCH_ID + "/notice", null, SECONDARY),
            // movement module
            new Family("list movements", HttpMethod.GET, "/api/v1/movements", null, MOVEMENT_READERS),
            new Family("list overstays", HttpMethod.GET, "/api/v1/overstays", null, MOVEMENT_READERS),
            new Family("expected departures", HttpMethod.GET, "/api/v1/expected-departures", null, MOVEMENT_READERS),
            new Family("find travellers", HttpMethod.GET, "/api/v1/travellers?documentNumber=X1", null, MOVEMENT_READERS),
            new Family("read traveller", HttpMethod.GET, "/api/v1/travellers/" + NO_SUCH_ID, null, MOVEMENT_READERS),
            new Family("merge travellers", HttpMethod.POST, "/api/v1/travellers/" + NO_SUCH_ID + "/merges", "{}",
                    Set.of(Role.SUPERVISOR)),
            new Family("stay calculation", HttpMethod.POST, "/api/v1/stay-calculations", "{}", MOVEMENT_READERS),
            new Family("change permitted stay", HttpMethod.POST, "/api/v1/travellers/" + NO_SUCH_ID + "/permitted-until", "{}",
                    Set.of(Role.SUPERVISOR, Role.VISA_OFFICER)),
            new Family("arrival board", HttpMethod.GET, "/api/v1/arrival-board?port=PWROR&date=2026-03-01", null,
                    Set.of(Role.PRIMARY_OFFICER, Role.SECONDARY_OFFICER, Role.SUPERVISOR, Role.ALERT_MANAGER,
                            Role.ANALYST, Role.ADMINISTRATOR)),
            new Family("manifest reconciliation", HttpMethod.GET,
                    "/api/v1/manifests/00000000-0000-0000-0000-000000000000/reconciliation", null,
                    Set.of(Role.PRIMARY_OFFICER, Role.SECONDARY_OFFICER, Role.SUPERVISOR, Role.ALERT_MANAGER,
                            Role.ANALYST, Role.ADMINISTRATOR)),
            new Family("carrier compliance", HttpMethod.GET, "/api/v1/carrier-compliance?from=2026-03-01&to=2026-03-31",
                    null, Set.of(Role.SUPERVISOR, Role.ANALYST, Role.ADMINISTRATOR)),
            new Family("interactive API check-in", HttpMethod.POST, "/api/v1/iapi/checks", "{}", ADMIN_ONLY),
            new Family("list interactive answers", HttpMethod.GET, "/api/v1/iapi/answers?date=2026-03-01", null,
                    Set.of(Role.PRIMARY_OFFICER, Role.SECONDARY_OFFICER, Role.SUPERVISOR, Role.ALERT_MANAGER,
                            Role.ANALYST, Role.ADMINISTRATOR)),
            new Family("read an interactive answer", HttpMethod.GET, "/api/v1/iapi/answers/" + NO_SUCH_ID, null,
                    Set.of(Role.PRIMARY_OFFICER, Role.SECONDARY_OFFICER, Role.SUPERVISOR, Role.ALERT_MANAGER,
                            Role.ANALYST, Role.ADMINISTRATOR)),
            new Family("override an interactive answer", HttpMethod.POST, "/api/v1/iapi/answers/" + NO_SUCH_ID + "/override",
                    "{}", Set.of(Role.SECONDARY_OFFICER, Role.SUPERVISOR)),
            // statistics module: counts only, for the statistics office, supervisors and administrators
            new Family("crossing statistics", HttpMethod.GET, "/api/v1/statistics/crossings?from=2026-03-01&to=2026-03-31&groupBy=month",
                    null, Set.of(Role.STATISTICIAN, Role.SUPERVISOR, Role.ADMINISTRATOR)),
            new Family("crossing statistics as CSV", HttpMethod.GET,
                    "/api/v1/statistics/crossings.csv?from=2026-03-01&to=2026-03-31&groupBy=nationality", null,
                    Set.of(Role.STATISTICIAN, Role.SUPERVISOR, Role.ADMINISTRATOR)),
            new Family("rebuild crossing statistics", HttpMethod.POST, "/api/v1/statistics/crossings/rebuild", null, ADMIN_ONLY),
            new Family("metrics", HttpMethod.GET, "/actuator/prometheus", null, ADMIN_ONLY));

    @Autowired
    MockMvc mvc;

    private final Map<Role, String> tokens = new EnumMap<>(Role.class);

    @BeforeAll
    void officerForEveryRole() throws Exception {
        ApiClient api = new ApiClient(mvc);
        for (Role role : Role.values()) {
            tokens.put(role, api.officerToken("IMMIGRATION", List.of(role.name())));
        }
    }

    Stream<Arguments> roleAndFamily() {
        List<Arguments> cases = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Family family : FAMILIES) {
                cases.add(Arguments.of(role, family));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("roleAndFamily")
    void eachRoleIsAllowedExactlyTheEndpointFamiliesItNeeds(Role role, Family family) throws Exception {
        var builder = request(family.method(), family.path()).header("Authorization", "Bearer " + tokens.get(role));
        if (family.body() != null) {
            builder.contentType(MediaType.APPLICATION_JSON).content(family.body());
        }
        int status = mvc.perform(builder).andReturn().getResponse().getStatus();
        if (family.allowed().contains(role)) {
            assertThat(status).as(role + " on " + family.name()).isNotIn(401, 403);
        } else {
            assertThat(status).as(role + " on " + family.name()).isEqualTo(403);
        }
    }

    @Test
    void everyFamilyAnswersUnauthenticatedCallsWith401ProblemDetails() throws Exception {
        for (Family family : FAMILIES) {
            var builder = request(family.method(), family.path());
            if (family.body() != null) {
                builder.contentType(MediaType.APPLICATION_JSON).content(family.body());
            }
            var response = mvc.perform(builder).andReturn().getResponse();
            assertThat(response.getStatus()).as(family.name()).isEqualTo(401);
            assertThat(response.getContentType()).as(family.name()).startsWith("application/problem+json");
        }
    }

    @Test
    void aForgedOrUnknownTokenIsRefusedWith401() throws Exception {
        var response = mvc.perform(request(HttpMethod.GET, "/api/v1/agencies")
                .header("Authorization", "Bearer ato_not-a-real-token")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentAsString()).contains("not valid");
    }

    @Test
    void aMachineClientTokenCannotUseOfficerEndpoints() throws Exception {
        ApiClient api = new ApiClient(mvc);
        String created = mvc.perform(request(HttpMethod.POST, "/api/v1/api-clients")
                        .header("Authorization", "Bearer " + api.adminToken())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Test Airline\",\"carrierCode\":\"UA\",\"scopes\":[\"MANIFEST_SUBMIT\"]}"))
                .andReturn().getResponse().getContentAsString();
        String token = com.jayway.jsonpath.JsonPath.read(created, "$.token");
        assertThat(mvc.perform(request(HttpMethod.GET, "/api/v1/agencies").header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(request(HttpMethod.GET, "/api/v1/officers").header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void healthIsOpenForProbes() throws Exception {
        assertThat(mvc.perform(request(HttpMethod.GET, "/actuator/health/liveness")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(request(HttpMethod.GET, "/actuator/health/readiness")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }
}
