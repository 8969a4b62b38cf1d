package org.atoll.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@AtollIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManifestApiIntegrationTests {

    private static final String EDIFACT = "application/edifact";

    @Autowired
    MockMvc mvc;

    private String zzCarrier;
    private String uaCarrier;
    private String xzCarrier;
    private String admin;

    @BeforeAll
    void clients() throws Exception {
        admin = new ApiClient(mvc).adminToken();
        zzCarrier = client("ZZ");
        uaCarrier = client("UA");
        xzCarrier = client("XZ");
    }

    private String client(String carrier) throws Exception {
        String created = mvc.perform(post("/api/v1/api-clients").header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Carrier " + carrier + "\",\"carrierCode\":\"" + carrier
                                + "\",\"scopes\":[\"MANIFEST_SUBMIT\",\"MANIFEST_READ\"]}"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(created, "$.token");
    }

    private static byte[] message(String name) throws IOException {
        try (InputStream in = ManifestApiIntegrationTests.class.getResourceAsStream("/manifest/" + name)) {
            return in.readAllBytes();
        }
    }

    private MockHttpServletResponse submit(String token, String contentType, byte[] body) throws Exception {
        return mvc.perform(post("/api/v1/manifests").header("Authorization", "Bearer " + token)
                .contentType(contentType).content(body)).andReturn().getResponse();
    }

    private MockHttpServletResponse read(String token, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer " + token)).andReturn().getResponse();
    }

    @Test
    void aCarrierSubmitsItsPassengerListOnceAndReadsItBackWithoutTheScreening() throws Exception {
        MockHttpServletResponse first = submit(zzCarrier, EDIFACT, message("guide_example_5_1_single_sector_pax.edi"));

        assertThat(first.getStatus()).isEqualTo(201);
        String body = first.getContentAsString();
        assertThat((String) JsonPath.read(body, "$.carrier")).isEqualTo("ZZ");
        assertThat((String) JsonPath.read(body, "$.flight")).isEqualTo("ZZ123");
        assertThat((String) JsonPath.read(body, "$.arrival.port")).isEqualTo("HNL");
        assertThat((String) JsonPath.read(body, "$.departure.time")).startsWith("2013-06-21T09:00");
        assertThat((Integer) JsonPath.read(body, "$.passengers")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(body, "$.crew")).isZero();
        assertThat((List<String>) JsonPath.read(body, "$.warnings")).singleElement().asString().contains("CNT declares 160");
        String id = JsonPath.read(body, "$.manifestId");

        MockHttpServletResponse again = submit(zzCarrier, EDIFACT, message("guide_example_5_1_single_sector_pax.edi"));
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(again.getContentAsString(), "$.manifestId")).isEqualTo(id);

        String detail = read(zzCarrier, "/api/v1/manifests/" + id).getContentAsString();
        assertThat((String) JsonPath.read(detail, "$.persons[0].surname")).isEqualTo("WILLIAMS");
        assertThat((String) JsonPath.read(detail, "$.persons[0].documentNumber")).isEqualTo("MB140241");
        // the carrier reads back what it sent, never the authority's screening
        assertThat((Object) JsonPath.read(detail, "$.persons[0].screeningStatus")).isNull();

        String flights = read(admin, "/api/v1/flights?date=2013-06-21&port=HNL").getContentAsString();
        assertThat((List<String>) JsonPath.read(flights, "$.arrivals[*].manifestId")).containsExactly(id);
        assertThat((List<String>) JsonPath.read(flights, "$.departures")).isEmpty();
    }

    @Test
    void aCarrierTokenCannotSubmitOrReadAnotherCarriersFlights() throws Exception {
        assertThat(submit(uaCarrier, EDIFACT, message("guide_example_5_1_single_sector_pax.edi")).getStatus()).isEqualTo(403);

        String id = JsonPath.read(submit(zzCarrier, EDIFACT, message("guide_example_5_2_crew.edi")).getContentAsString(),
                "$.manifestId");
        assertThat(read(uaCarrier, "/api/v1/manifests/" + id).getStatus()).isEqualTo(403);
        assertThat(read(zzCarrier, "/api/v1/manifests/" + id).getStatus()).isEqualTo(200);
    }

    @Test
    void aReplacementSupersedesTheFlightsManifestAndKeepsItsHistory() throws Exception {
        String original = new String(message("guide_example_5_3_progressive.edi"), StandardCharsets.ISO_8859_1);
        String firstId = JsonPath.read(submit(xzCarrier, EDIFACT, original.getBytes(StandardCharsets.ISO_8859_1))
                .getContentAsString(), "$.manifestId");
        // the carrier sends a change: one passenger less, new interchange reference
        String replacement = original.replace("BGM+745'", "BGM+745+CP'").replace("+123456789'", "+123456790'")
                .replace(original.substring(original.indexOf("NAD+FL+++MARTINEZ:SORINA"), original.indexOf("CNT+")), "");

        MockHttpServletResponse response = submit(xzCarrier, EDIFACT, replacement.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(response.getStatus()).isEqualTo(201);
        String body = response.getContentAsString();
        assertThat((String) JsonPath.read(body, "$.function")).isEqualTo("REPLACEMENT");
        assertThat((String) JsonPath.read(body, "$.replaces")).isEqualTo(firstId);
        assertThat((Integer) JsonPath.read(body, "$.passengers")).isEqualTo(1);
        String detail = read(admin, "/api/v1/manifests/" + JsonPath.read(body, "$.manifestId")).getContentAsString();
        assertThat((List<String>) JsonPath.read(detail, "$.history[*].manifestId")).containsExactly(firstId);
        assertThat((List<String>) JsonPath.read(detail, "$.history[*].status")).containsExactly("SUPERSEDED");
    }

    @Test
    void garbageAndTruncatedBodiesAreRefusedWithTheFirstErrorsPositionAndNothingIsStored() throws Exception {
        MockHttpServletResponse garbage = submit(zzCarrier, EDIFACT, "hello".getBytes(StandardCharsets.US_ASCII));
        assertThat(garbage.getStatus()).isEqualTo(400);
        assertThat(garbage.getContentType()).startsWith("application/problem+json");
        assertThat((Integer) JsonPath.read(garbage.getContentAsString(), "$.segment")).isEqualTo(1);

        byte[] whole = message("guide_example_5_1_single_sector_pax.edi");
        String text = new String(whole, StandardCharsets.ISO_8859_1).replace("ZZ123", "ZZ999");
        byte[] truncated = text.substring(0, text.indexOf("DOC+P")).getBytes(StandardCharsets.ISO_8859_1);
        MockHttpServletResponse cut = submit(zzCarrier, EDIFACT, truncated);
        assertThat(cut.getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(cut.getContentAsString(), "$.detail")).contains("truncated");
        assertThat((String) JsonPath.read(cut.getContentAsString(), "$.tag")).isEqualTo("RFF");

        String flights = read(admin, "/api/v1/flights?date=2013-06-21&port=SYD").getContentAsString();
        assertThat((List<String>) JsonPath.read(flights, "$.departures[*].flight")).doesNotContain("ZZ999");
    }

    @Test
    void aCsvManifestIsAcceptedFromSupervisorsButNotFromPrimaryOfficers() throws Exception {
        byte[] csv = ("reference,carrier,flight,departure_port,departure_time,arrival_port,arrival_time,role,surname,"
                + "given_names,sex,date_of_birth,nationality,document_type,document_number,document_issuer,document_expiry\n"
                + "R-77,PA,PA777,GUM,2026-03-01T10:00,ROR,2026-03-01T13:00,passenger,DOE,JANE,F,1980-01-01,USA,P,X1234567,USA,2031-01-01\n")
                .getBytes(StandardCharsets.UTF_8);
        ApiClient api = new ApiClient(mvc);

        assertThat(submit(api.officerToken("IMMIGRATION", List.of("PRIMARY_OFFICER")), "text/csv", csv).getStatus())
                .isEqualTo(403);
        MockHttpServletResponse accepted = submit(api.officerToken("IMMIGRATION", List.of("SUPERVISOR")), "text/csv", csv);
        assertThat(accepted.getStatus()).isEqualTo(201);

        String flights = read(admin, "/api/v1/flights?date=2026-03-01&port=PWROR").getContentAsString();
        assertThat((List<String>) JsonPath.read(flights, "$.arrivals[*].flight")).contains("PA777");
    }
}
