package org.atoll.manifest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@AtollIntegrationTest
class ArrivalBoardTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theArrivalBoardListsTodaysFlightWithCountsAndTheFlightPageListsItsPersons() throws Exception {
        byte[] csv = ("reference,carrier,flight,departure_port,departure_time,arrival_port,arrival_time,role,surname,"
                + "given_names,sex,date_of_birth,nationality,document_type,document_number,document_issuer,document_expiry\n"
                + "B-1,PA,PA555,GUM,2026-04-02T10:00,ROR,2026-04-02T13:05,passenger,NGIRAINGAS,ELLA,F,1980-01-01,PLW,P,PA7654321,PLW,2031-01-01\n"
                + "B-1,PA,PA555,GUM,2026-04-02T10:00,ROR,2026-04-02T13:05,crew,SMITH,JOHN,M,1970-01-01,USA,P,123456789,USA,2030-05-05\n")
                .getBytes(StandardCharsets.UTF_8);
        String admin = new ApiClient(mvc).adminToken();
        String id = JsonPath.read(mvc.perform(post("/api/v1/manifests").header("Authorization", "Bearer " + admin)
                .contentType("text/csv").content(csv)).andReturn().getResponse().getContentAsString(), "$.manifestId");

        ApiClient api = new ApiClient(mvc);
        String username = api.createOfficer("IMMIGRATION", java.util.List.of("PRIMARY_OFFICER"));
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(formLogin("/login").user(username)
                .password(ApiClient.OFFICER_PASSWORD)).andReturn().getRequest().getSession();
        String board = mvc.perform(get("/flights?port=PWROR&date=2026-04-02").session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(board).contains("PA555").contains("13:05").contains("/flights/" + id).contains("Persons to refer")
                .contains("Expected to need a visa they do not hold");

        var page = mvc.perform(get("/flights/" + id).session(session))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("NGIRAINGAS").contains("PA7654321");
    }
}
