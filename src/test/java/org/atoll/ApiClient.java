package org.atoll;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** Test helper: officers and their bearer tokens, made through the API as a script would. */
public final class ApiClient {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Test-Harbour-Keeper-2026";
    public static final String OFFICER_PASSWORD = "Reef-Channel-Lantern-42";

    private final MockMvc mvc;

    public ApiClient(MockMvc mvc) {
        this.mvc = mvc;
    }

    public String token(String username, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    public String adminToken() throws Exception {
        return token(ADMIN, ADMIN_PASSWORD);
    }

    /** Creates an officer with a unique username and returns the username. */
    public String createOfficer(String agency, List<String> roles) throws Exception {
        String username = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        String json = "{\"username\":\"" + username + "\",\"fullName\":\"Test Officer\",\"agency\":\"" + agency
                + "\",\"roles\":[" + String.join(",", roles.stream().map(r -> "\"" + r + "\"").toList())
                + "],\"password\":\"" + OFFICER_PASSWORD + "\"}";
        int status = mvc.perform(post("/api/v1/officers").header("Authorization", "Bearer " + adminToken())
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse().getStatus();
        if (status != 201) {
            throw new IllegalStateException("could not create officer: " + status);
        }
        return username;
    }

    public String officerToken(String agency, List<String> roles) throws Exception {
        return token(createOfficer(agency, roles), OFFICER_PASSWORD);
    }
}
