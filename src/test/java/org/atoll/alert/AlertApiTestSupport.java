package org.atoll.alert;

import java.util.List;
import java.util.Map;

import org.atoll.ApiClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** Calls of the alert API as a script would make them, for the alert module's integration tests. */
public final class AlertApiTestSupport {

    private final MockMvc mvc;
    private final ApiClient api;

    public AlertApiTestSupport(MockMvc mvc) {
        this.mvc = mvc;
        this.api = new ApiClient(mvc);
    }

    public String officer(String agency, String... roles) throws Exception {
        return api.officerToken(agency, List.of(roles));
    }

    public MockHttpServletResponse post(String token, String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse();
    }

    public MockHttpServletResponse put(String token, String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse();
    }

    public MockHttpServletResponse get(String token, String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .header("Authorization", "Bearer " + token)).andReturn().getResponse();
    }

    /** Creates an alert and returns its id; fails the test unless it was created. */
    public String create(String managerToken, AlertFixtures.Builder alert) throws Exception {
        MockHttpServletResponse r = post(managerToken, "/api/v1/alerts", alert.json());
        if (r.getStatus() != 201) {
            throw new AssertionError("alert not created: " + r.getStatus() + " " + r.getContentAsString());
        }
        return JsonPath.read(r.getContentAsString(), "$.id");
    }

    public MockHttpServletResponse screen(String token, Map<String, ?> request) throws Exception {
        return post(token, "/api/v1/screening/persons", AlertFixtures.JSON.writeValueAsString(request));
    }

    public static <T> T read(MockHttpServletResponse r, String path) throws Exception {
        return JsonPath.read(r.getContentAsString(), path);
    }
}
