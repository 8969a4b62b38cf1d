package org.atoll.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@AtollIntegrationTest
class SignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
        String username = new ApiClient(mvc).createOfficer("CUSTOMS", List.of("ANALYST"));
        String wrongPassword = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"not-the-password\"}")).andReturn().getResponse().getContentAsString();
        String unknownUser = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"nobody-here\",\"password\":\"not-the-password\"}")).andReturn().getResponse().getContentAsString();
        assertThat(wrongPassword).isEqualTo(unknownUser);

        mvc.perform(formLogin("/login").user(username).password("wrong")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("nobody-here").password("wrong")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void anAccountIsLockedAfterRepeatedFailuresAndTheLockIsVisibleToAdministrators() throws Exception {
        ApiClient api = new ApiClient(mvc);
        String username = api.createOfficer("BIOSECURITY", List.of("ANALYST"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(username).password("guess-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        // Even the right password is refused while locked, with the same message as any failure.
        mvc.perform(formLogin("/login").user(username).password(ApiClient.OFFICER_PASSWORD)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/officers/" + username).header("Authorization", "Bearer " + api.adminToken()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.locked").value(true));
        long failures = jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'SIGN_IN' AND outcome = 'FAILURE' AND actor = :u")
                .param("u", username).query(Long.class).single();
        assertThat(failures).isEqualTo(6);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/officers/" + username)
                        .header("Authorization", "Bearer " + api.adminToken()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unlock\":true,\"version\":0}"))
                .andExpect(status().isOk());
        mvc.perform(formLogin("/login").user(username).password(ApiClient.OFFICER_PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void theWebUiRedirectsStrangersToSignInAndSendsSecurityHeaders() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("script-src 'self'"),
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/agencies").param("code", "COASTGUARD").param("name", "Coast guard"))
                .andExpect(status().isForbidden());
    }
}
