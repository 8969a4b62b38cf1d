package org.atoll.incident.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/** The incident board with a real sign-in: notifications marked read. */
@AtollIntegrationTest
class IncidentBoardPagesTests {

    @Autowired
    MockMvc mvc;

    String signInAs(String agency) throws Exception {
        return new ApiClient(mvc).createOfficer(agency, List.of("ANALYST"));
    }

    MockHttpSession session(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(ApiClient.OFFICER_PASSWORD))
                .andReturn().getRequest().getSession();
    }

    MvcResult send(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(session).with(csrf())).andReturn();
    }

    String api(String token, String path, String json) throws Exception {
        var r = mvc.perform(post(path).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        return r.getContentAsString();
    }

    /** The list item of the notifications list that mentions the text (the task list mentions it too). */
    static String notificationOf(String page, String text) {
        int at = page.indexOf(text, page.indexOf("id=\"notifications\""));
        assertThat(at).as("a notification about " + text).isPositive();
        return page.substring(page.lastIndexOf("<li", at), page.indexOf("</li>", at));
    }

    @Test
    void aNotificationIsMarkedReadFromTheBoard() throws Exception {
        ApiClient client = new ApiClient(mvc);
        String customs = client.officerToken("CUSTOMS", List.of("ANALYST"));
        String labourOfficer = signInAs("LABOUR");
        String title = "Check the crew contracts " + UUID.randomUUID().toString().substring(0, 6);
        String id = JsonPath.read(api(customs, "/api/v1/incidents", """
                {"type":"LABOUR_VIOLATION","occurredAt":"2026-03-01T10:00:00Z","description":"Crew unpaid","severity":"LOW"}"""),
                "$.id");
        api(customs, "/api/v1/incidents/" + id + "/tasks", "{\"title\":\"" + title + "\",\"assignedAgency\":\"LABOUR\"}");

        MockHttpSession labour = session(labourOfficer);
        String board = send(labour, get("/incidents")).getResponse().getContentAsString();
        String item = notificationOf(board, title);
        assertThat(item).contains("notification-unread").contains("Mark read");
        String action = item.replaceAll("(?s).*action=\"(/incidents/notifications/[0-9a-f-]+/read)\".*", "$1");
        assertThat(action).startsWith("/incidents/notifications/");

        var marked = send(labour, post(action));
        assertThat(marked.getResponse().getStatus()).isEqualTo(302);
        assertThat(marked.getResponse().getRedirectedUrl()).isEqualTo("/incidents#notifications");
        String after = send(labour, get("/incidents")).getResponse().getContentAsString();
        String itemAfter = notificationOf(after, title);
        assertThat(itemAfter).contains("notification-read").doesNotContain(action);

        assertThat(send(session(signInAs("POLICE")), post(action)).getResponse().getStatus())
                .as("not addressed to police").isEqualTo(404);
    }

    /** The incidents table of the board only (tasks and notifications link to incidents too); empty when none match. */
    static String table(String page) {
        int start = page.indexOf("class=\"data incident-board\"");
        return start < 0 ? "" : page.substring(start, page.indexOf("</table>", start));
    }

    @Test
    void theBoardFiltersByStatusTypePortAndOverdueTasks() throws Exception {
        String officer = signInAs("BIOSECURITY");
        String token = new ApiClient(mvc).token(officer, ApiClient.OFFICER_PASSWORD);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String atAirport = JsonPath.read(api(token, "/api/v1/incidents", """
                {"type":"BIOSECURITY_INTERCEPTION","occurredAt":"2026-03-01T10:00:00Z","port":"PWROR",
                 "description":"Fruit %s","severity":"LOW"}""".formatted(marker)), "$.id");
        String smuggling = JsonPath.read(api(token, "/api/v1/incidents", """
                {"type":"SMUGGLING","occurredAt":"2026-03-02T10:00:00Z","port":"PWMAL",
                 "description":"Cigarettes %s","severity":"LOW"}""".formatted(marker)), "$.id");
        api(token, "/api/v1/incidents/" + atAirport + "/tasks",
                "{\"title\":\"Destroy the fruit\",\"assignedAgency\":\"BIOSECURITY\",\"dueDate\":\"2020-01-01\"}");
        MockHttpSession s = session(officer);

        String all = send(s, get("/incidents")).getResponse().getContentAsString();
        assertThat(all).contains(atAirport).contains(smuggling).contains("<label for=\"filter-status\"")
                .contains("<label for=\"filter-overdue\"").doesNotContain("style=").doesNotContain("<script>");
        String byTypePage = send(s, get("/incidents").param("type", "SMUGGLING")).getResponse().getContentAsString();
        assertThat(byTypePage).contains("Incidents matching the filters")
                .contains("<option value=\"SMUGGLING\" selected=\"selected\"");
        String byType = table(byTypePage);
        assertThat(byType).contains(smuggling).doesNotContain(atAirport);
        String byPort = table(send(s, get("/incidents").param("port", "pwror")).getResponse().getContentAsString());
        assertThat(byPort).contains(atAirport).doesNotContain(smuggling);
        String overdue = table(send(s, get("/incidents").param("overdue", "true")).getResponse().getContentAsString());
        assertThat(overdue).contains(atAirport).doesNotContain(smuggling);
        String closed = table(send(s, get("/incidents").param("status", "CLOSED")).getResponse().getContentAsString());
        assertThat(closed).doesNotContain(atAirport).doesNotContain(smuggling);
    }
}
