package org.atoll.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.atoll.alert.bench.BenchCorpus;
import org.atoll.audit.AuditQuery;
import org.atoll.audit.AuditRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.jayway.jsonpath.JsonPath;

/**
 * Import of the US OFAC SDN list (legacy CSV sdn.csv with alt.csv). The small files are lines of the
 * published list kept in test resources (alert/importing/SOURCE.txt) with their entry numbers replaced
 * by numbers of each test's own; the whole published list is read from shared/testdata through
 * {@link BenchCorpus#watchlists()}.
 */
@AtollIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfacImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditQuery auditTrail;

    AlertApiTestSupport api;

    @BeforeAll
    void setUp() {
        api = new AlertApiTestSupport(mvc);
    }

    private String managerOfNewAgency() throws Exception {
        return api.officer(newAgency(), "ALERT_MANAGER");
    }

    private String newAgency() throws Exception {
        String code = "OFACDESK" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(java.util.Locale.ROOT);
        MockHttpServletResponse r = api.post(new ApiClient(mvc).adminToken(), "/api/v1/agencies",
                "{\"code\":\"" + code + "\",\"name\":\"Sanctions desk " + code + "\"}");
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        return code;
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = OfacImportTests.class.getResourceAsStream("importing/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Entry numbers for Zawahiri (2676) and Hawatma (2681) of this test's own, so that tests do not meet. */
    record Numbers(String zawahiri, String hawatma) {
        static Numbers fresh() {
            long base = ThreadLocalRandom.current().nextLong(10_000_000L, 900_000_000L);
            return new Numbers(Long.toString(base), Long.toString(base + 1));
        }

        String apply(String text) {
            return text.replace("2676,", zawahiri + ",").replace("2681,", hawatma + ",");
        }
    }

    /** The sample's good lines (two individuals and one entity), without its invented truncated line. */
    private static String sdn(Numbers n, boolean withHawatma) throws Exception {
        StringBuilder out = new StringBuilder();
        for (String line : resource("ofac_sdn_sample.csv").split("\r?\n")) {
            if (line.startsWith("99999")) continue;
            if (!withHawatma && line.startsWith("2681,")) continue;
            out.append(n.apply(line)).append("\r\n");
        }
        return out.append('\u001A').toString();
    }

    private MockHttpServletResponse upload(String token, String sdn, String alt, String query) throws Exception {
        var request = MockMvcRequestBuilders.multipart("/api/v1/alerts/import" + query)
                .file(new MockMultipartFile("file", "sdn.csv", "text/csv", sdn.getBytes(StandardCharsets.UTF_8)));
        if (alt != null) {
            request.file(new MockMultipartFile("aliases", "alt.csv", "text/csv", alt.getBytes(StandardCharsets.UTF_8)));
        }
        return mvc.perform(request.header("Authorization", "Bearer " + token)).andReturn().getResponse();
    }

    @Test
    void theSdnListIsImportedWithItsAliasesAndImportingItAgainChangesNothing() throws Exception {
        String desk = managerOfNewAgency();
        Numbers n = Numbers.fresh();
        String alt = n.apply(resource("ofac_alt_sample.csv"));
        MockHttpServletResponse first = upload(desk, sdn(n, true), alt, "?contact=Sanctions desk +680 488 0000");
        assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(200);
        assertThat((String) JsonPath.read(first.getContentAsString(), "$.format")).isEqualTo("OFAC_SDN");
        assertThat((Integer) JsonPath.read(first.getContentAsString(), "$.created")).isEqualTo(2);

        String reference = "OFAC-" + n.zawahiri();
        String id = JsonPath.read(api.get(desk, "/api/v1/alerts?q=" + reference).getContentAsString(), "$[0].id");
        String alert = api.get(desk, "/api/v1/alerts/" + id).getContentAsString();
        assertThat((String) JsonPath.read(alert, "$.externalReference")).isEqualTo(reference);
        assertThat((String) JsonPath.read(alert, "$.category")).isEqualTo("SANCTIONS");
        assertThat((String) JsonPath.read(alert, "$.reason")).contains("OFAC");
        assertThat((Boolean) JsonPath.read(alert, "$.sharedInFull")).isTrue();
        assertThat((List<String>) JsonPath.read(alert, "$.person.names[*].text"))
                .contains("AL ZAWAHIRI, Dr. Ayman", "SALIM, Ahmad Fuad");
        assertThat((List<String>) JsonPath.read(alert, "$.person.datesOfBirth")).containsExactly("1951-06-19");
        assertThat((List<String>) JsonPath.read(alert, "$.person.documents[*].number")).contains("1084010");

        // screened by an alias that only alt.csv holds
        MockHttpServletResponse screened = api.screen(api.officer("IMMIGRATION", "PRIMARY_OFFICER"),
                Map.of("names", List.of("Ahmad Fuad Salim"), "dateOfBirth", "1951-06-19"));
        assertThat(NeedToKnowTests.candidateFor(screened, id)).containsEntry("externalReference", reference);

        MockHttpServletResponse again = upload(desk, sdn(n, true), alt, "?contact=Sanctions desk +680 488 0000");
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(again.getContentAsString(), "$.unchanged")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(again.getContentAsString(), "$.created") + (Integer) JsonPath.read(again.getContentAsString(),
                "$.updated") + (Integer) JsonPath.read(again.getContentAsString(), "$.withdrawn")).isZero();
    }

    @Test
    void aNewEditionWithoutAnEntryWithdrawsItsAlertWithHistoryAndAudit() throws Exception {
        String desk = managerOfNewAgency();
        Numbers n = Numbers.fresh();
        assertThat(upload(desk, sdn(n, true), null, "").getStatus()).isEqualTo(200);
        String hawatma = JsonPath.read(api.get(desk, "/api/v1/alerts?q=OFAC-" + n.hawatma()).getContentAsString(), "$[0].id");

        MockHttpServletResponse next = upload(desk, sdn(n, false), null, "");
        assertThat(next.getStatus()).as(next.getContentAsString()).isEqualTo(200);
        assertThat((List<String>) JsonPath.read(next.getContentAsString(), "$.withdrawnReferences"))
                .containsExactly("OFAC-" + n.hawatma());
        assertThat((String) JsonPath.read(api.get(desk, "/api/v1/alerts/" + hawatma).getContentAsString(), "$.status"))
                .isEqualTo("WITHDRAWN");
        assertThat((List<String>) JsonPath.read(api.get(desk, "/api/v1/alerts/" + hawatma + "/history").getContentAsString(),
                "$[*].changeKind")).containsExactly("IMPORTED", "DELISTED");
        List<AuditRecord> audited = auditTrail.search(new AuditQuery.AuditSearch(null, "alert", hawatma, "ALERT_DELISTED", null, null, 5));
        assertThat(audited).hasSize(1);

        MockHttpServletResponse again = upload(desk, sdn(n, false), null, "");
        assertThat((Integer) JsonPath.read(again.getContentAsString(), "$.withdrawn")).isZero();
        assertThat((Integer) JsonPath.read(again.getContentAsString(), "$.unchanged")).isEqualTo(1);
    }

    @Test
    void anEditionThatListsTheEntryAgainRelistsItsAlert() throws Exception {
        String desk = managerOfNewAgency();
        Numbers n = Numbers.fresh();
        assertThat(upload(desk, sdn(n, true), null, "").getStatus()).isEqualTo(200);
        String hawatma = JsonPath.read(api.get(desk, "/api/v1/alerts?q=OFAC-" + n.hawatma()).getContentAsString(), "$[0].id");
        assertThat(upload(desk, sdn(n, false), null, "").getStatus()).isEqualTo(200);

        MockHttpServletResponse dry = upload(desk, sdn(n, true), null, "?dryRun=true");
        assertThat((List<String>) JsonPath.read(dry.getContentAsString(), "$.relistedReferences"))
                .containsExactly("OFAC-" + n.hawatma());
        MockHttpServletResponse relisted = upload(desk, sdn(n, true), null, "");
        assertThat(relisted.getStatus()).as(relisted.getContentAsString()).isEqualTo(200);
        assertThat((List<String>) JsonPath.read(relisted.getContentAsString(), "$.relistedReferences"))
                .containsExactly("OFAC-" + n.hawatma());
        assertThat((String) JsonPath.read(api.get(desk, "/api/v1/alerts/" + hawatma).getContentAsString(), "$.status"))
                .isEqualTo("ACTIVE");
        String history = api.get(desk, "/api/v1/alerts/" + hawatma + "/history").getContentAsString();
        assertThat((List<String>) JsonPath.read(history, "$[*].changeKind")).containsExactly("IMPORTED", "DELISTED", "RELISTED");
        assertThat((String) JsonPath.read(history, "$[2].changeReason")).contains("sdn.csv");
        assertThat(auditTrail.search(new AuditQuery.AuditSearch(null, "alert", hawatma, "ALERT_RELISTED", null, null, 5))).hasSize(1);

        MockHttpServletResponse again = upload(desk, sdn(n, true), null, "");
        assertThat((Integer) JsonPath.read(again.getContentAsString(), "$.relisted")
                + (Integer) JsonPath.read(again.getContentAsString(), "$.updated")).isZero();
        assertThat((Integer) JsonPath.read(again.getContentAsString(), "$.unchanged")).isEqualTo(2);
    }

    @Test
    void malformedLinesAreReportedByLineAndNothingIsImported() throws Exception {
        String desk = managerOfNewAgency();
        Numbers n = Numbers.fresh();
        // line 4: too few fields (from the sample); line 5: an individual without a name; line 6: an unclosed quote
        String sdn = n.apply(resource("ofac_sdn_sample.csv")).stripTrailing() + "\r\n"
                + "4711,-0- ,\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
                + "4712,\"BROKEN, Quote,\"individual\"\r\n";
        MockHttpServletResponse r = upload(desk, sdn, null, "");
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(422);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        assertThat((List<String>) JsonPath.read(r.getContentAsString(), "$.errors[*].field")).containsExactly("line 4", "line 5", "line 6");
        assertThat((List<String>) JsonPath.read(r.getContentAsString(), "$.errors[*].message"))
                .anySatisfy(m -> assertThat(m).contains("2 fields")).anySatisfy(m -> assertThat(m).contains("without a name"));
        assertThat((Boolean) JsonPath.read(r.getContentAsString(), "$.report.imported")).isFalse();
        assertThat((List<?>) JsonPath.read(api.get(desk, "/api/v1/alerts?q=OFAC-" + n.zawahiri()).getContentAsString(), "$")).isEmpty();
    }

    @Test
    void aBodyOfSdnLinesIsRecognisedAsTheOfacList() throws Exception {
        String desk = managerOfNewAgency();
        Numbers n = Numbers.fresh();
        MockHttpServletResponse r = mvc.perform(MockMvcRequestBuilders.post("/api/v1/alerts/import?dryRun=true")
                .header("Authorization", "Bearer " + desk).contentType("text/csv")
                .content(sdn(n, true).getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        assertThat((String) JsonPath.read(r.getContentAsString(), "$.format")).isEqualTo("OFAC_SDN");
        assertThat((Integer) JsonPath.read(r.getContentAsString(), "$.created")).isEqualTo(2);
    }

    @Test
    void theWholePublishedListPassesADryRunWithoutARejectedRow() throws Exception {
        Path lists = BenchCorpus.watchlists();
        String desk = managerOfNewAgency();
        MockHttpServletResponse r = upload(desk, Files.readString(lists.resolve("ofac_sdn.csv")),
                Files.readString(lists.resolve("ofac_alt.csv")), "?dryRun=true");
        assertThat(r.getStatus()).as(r.getContentAsString().substring(0, Math.min(2000, r.getContentAsString().length())))
                .isEqualTo(200);
        // every individual of the 2021 snapshot is new to this agency
        assertThat((Integer) JsonPath.read(r.getContentAsString(), "$.created")).isGreaterThan(1000);
        assertThat((List<?>) JsonPath.read(r.getContentAsString(), "$.rejected")).isEmpty();
    }

    @Test
    void theImportPageTakesTheSdnListWithItsAliasFileAndNamesTheDelistedAlerts() throws Exception {
        var manager = AlertPagesTests.officer("ofac.page.manager", newAgency(), org.atoll.access.Role.ALERT_MANAGER);
        Numbers n = Numbers.fresh();
        String alt = n.apply(resource("ofac_alt_sample.csv"));
        String first = pageUpload(manager, sdn(n, true), alt);
        assertThat(first).contains("Imported: 2 new").doesNotContain("id=\"delisted\"");
        String second = pageUpload(manager, sdn(n, false), alt);
        assertThat(second).contains("id=\"delisted\"").contains("OFAC-" + n.hawatma()).contains("Imported: 0 new");
        String third = pageUpload(manager, sdn(n, true), alt);
        assertThat(third).contains("id=\"relisted\"").contains("OFAC-" + n.hawatma()).doesNotContain("id=\"delisted\"");
    }

    private String pageUpload(org.atoll.access.internal.OfficerPrincipal as, String sdn, String alt) throws Exception {
        MockHttpServletResponse r = mvc.perform(MockMvcRequestBuilders.multipart("/alerts/import")
                .file(new MockMultipartFile("file", "sdn.csv", "text/csv", sdn.getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("aliases", "alt.csv", "text/csv", alt.getBytes(StandardCharsets.UTF_8)))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(as)))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        return r.getContentAsString();
    }
}
