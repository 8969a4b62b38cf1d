package org.atoll.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@AtollIntegrationTest
class OfficerApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String admin;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiClient(mvc);
        admin = "Bearer " + api.adminToken();
    }

    @Test
    void anAdministratorCreatesAnOfficerWhoCanThenSignIn() throws Exception {
        mvc.perform(post("/api/v1/officers").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"k.ngirmang","fullName":"Kelau Ngirmang","agency":"CUSTOMS",
                                 "roles":["ANALYST","ALERT_MANAGER"],"password":"Mangrove-Tide-Stone-7"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value("k.ngirmang"))
                .andExpect(jsonPath("$.agency").value("CUSTOMS"))
                .andExpect(jsonPath("$.roles[0]").value("ALERT_MANAGER"))
                .andExpect(jsonPath("$.roles[1]").value("ANALYST"))
                .andExpect(jsonPath("$.password").doesNotExist());
        String hash = jdbc.sql("SELECT password_hash FROM officer WHERE username = 'k.ngirmang'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("Mangrove");
        assertThat(api.token("k.ngirmang", "Mangrove-Tide-Stone-7")).startsWith("ato_");
    }

    @Test
    void anInvalidOfficerIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM officer").query(Long.class).single();
        mvc.perform(post("/api/v1/officers").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"X","fullName":"","agency":"NAVY","roles":["CAPTAIN"],"password":"password1234"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[?(@.field == 'username')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'fullName')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'agency')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'roles')].message").value("Unknown role: CAPTAIN"))
                .andExpect(jsonPath("$.errors[?(@.field == 'password')]").exists());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM officer").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aCommonPasswordIsRefusedEvenWhenLongEnough() throws Exception {
        mvc.perform(post("/api/v1/officers").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"common.pw","fullName":"C P","agency":"POLICE","roles":["ANALYST"],"password":"qwertyuiop123"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("commonly used")));
    }

    @Test
    void malformedJsonIsA400ThatNamesTheField() throws Exception {
        mvc.perform(post("/api/v1/officers").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"a.b\",\"roles\":{\"not\":\"a list\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("roles"));
        mvc.perform(post("/api/v1/officers").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not valid JSON")));
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefusedWith409AndNothingIsOverwritten() throws Exception {
        String username = api.createOfficer("LABOUR", List.of("LABOUR_OFFICER"));
        mvc.perform(put("/api/v1/officers/" + username).header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"First Edit\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/officers/" + username).header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"Second Edit From An Old Screen\",\"version\":0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(get("/api/v1/officers/" + username).header("Authorization", admin))
                .andExpect(jsonPath("$.fullName").value("First Edit"));
    }

    @Test
    void anAdministratorChangesRolesDisablesAndResetsThePassword() throws Exception {
        String username = api.createOfficer("IMMIGRATION", List.of("PRIMARY_OFFICER"));
        mvc.perform(put("/api/v1/officers/" + username).header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\":[\"PRIMARY_OFFICER\",\"SECONDARY_OFFICER\"],\"password\":\"Outrigger-Canoe-Sail-88\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles.length()").value(2));
        assertThat(api.token(username, "Outrigger-Canoe-Sail-88")).startsWith("ato_");
        String officerToken = api.token(username, "Outrigger-Canoe-Sail-88");
        mvc.perform(put("/api/v1/officers/" + username).header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":false,\"version\":1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"Outrigger-Canoe-Sail-88\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/agencies").header("Authorization", "Bearer " + officerToken))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void officerChangesAreAudited() throws Exception {
        String username = api.createOfficer("POLICE", List.of("ANALYST"));
        long records = jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'OFFICER_CREATED' AND object_id = :u AND actor = 'admin'")
                .param("u", username).query(Long.class).single();
        assertThat(records).isEqualTo(1);
    }
}
