package org.atoll.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Notification emails, with a fake mail sender standing in for SMTP (no network): the agency's
 * desk gets new incidents, an officer named on a task gets it at their own address, an agency
 * without an address gets none, and no email carries what the incident is about.
 */
@AtollIntegrationTest
@Import(IncidentMailTests.FakeMail.class)
class IncidentMailTests {

    static final String BIOSECURITY_DESK = "duty@biosecurity.example";
    static final String OFFICER = "mail-" + UUID.randomUUID().toString().substring(0, 8);
    static final String OFFICER_ADDRESS = "inspector@biosecurity.example";

    @DynamicPropertySource
    static void addresses(DynamicPropertyRegistry registry) {
        registry.add("atoll.incident.mail.agencies.BIOSECURITY", () -> BIOSECURITY_DESK);
        registry.add("atoll.incident.mail.officers." + OFFICER, () -> OFFICER_ADDRESS);
        registry.add("atoll.incident.mail.base-url", () -> "https://atoll.example/");
    }

    /** Records instead of sending. */
    static class RecordingMailSender extends JavaMailSenderImpl {
        final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();

        @Override
        public void send(SimpleMailMessage... messages) {
            sent.addAll(List.of(messages));
        }
    }

    @TestConfiguration
    static class FakeMail {
        @Bean
        RecordingMailSender recordingMailSender() {
            return new RecordingMailSender();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JavaMailSender mail;

    MockHttpServletResponse call(String path, String token, String json) throws Exception {
        return mvc.perform(post(path).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andReturn().getResponse();
    }

    List<SimpleMailMessage> sentTo(String address) {
        return ((RecordingMailSender) mail).sent.stream().filter(m -> List.of(m.getTo()).contains(address)).toList();
    }

    @Test
    void notificationsAreEmailedToTheAgencyDeskAndTheAssignedOfficerWithoutTheIncidentsContent() throws Exception {
        ApiClient api = new ApiClient(mvc);
        String customs = api.officerToken("CUSTOMS", List.of("PRIMARY_OFFICER"));
        String admin = api.adminToken();
        var created = mvc.perform(post("/api/v1/officers").header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"%s","fullName":"Mail Test","agency":"BIOSECURITY","roles":["SECONDARY_OFFICER"],
                         "password":"%s"}""".formatted(OFFICER, ApiClient.OFFICER_PASSWORD))).andReturn().getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        int deskBefore = sentTo(BIOSECURITY_DESK).size();

        var reported = call("/api/v1/incidents", customs, """
                {"type":"BIOSECURITY_INTERCEPTION","occurredAt":"2026-01-10T09:30:00Z","port":"PWROR",
                 "description":"Undeclared kava roots","severity":"MEDIUM","participatingAgencies":["BIOSECURITY"]}""");
        assertThat(reported.getStatus()).isEqualTo(201);
        String id = JsonPath.read(reported.getContentAsString(), "$.id");

        List<SimpleMailMessage> desk = sentTo(BIOSECURITY_DESK);
        assertThat(desk).hasSize(deskBefore + 1);
        SimpleMailMessage first = desk.get(desk.size() - 1);
        assertThat(first.getSubject()).isEqualTo("Atoll: a new incident for your agency");
        assertThat(first.getText()).contains("https://atoll.example/incidents/" + id).doesNotContain("kava");

        var task = call("/api/v1/incidents/" + id + "/tasks", customs, """
                {"title":"Destroy the kava roots","assignedAgency":"BIOSECURITY","assignedOfficer":"%s"}""".formatted(OFFICER));
        assertThat(task.getStatus()).isEqualTo(201);
        List<SimpleMailMessage> personal = sentTo(OFFICER_ADDRESS);
        assertThat(personal).hasSize(1);
        assertThat(personal.get(0).getSubject()).isEqualTo("Atoll: a task was assigned to you");
        assertThat(personal.get(0).getText()).contains("/incidents/" + id).contains(OFFICER).doesNotContain("kava");
        assertThat(sentTo(BIOSECURITY_DESK)).as("the officer's own address, not the desk").hasSize(deskBefore + 1);

        int allBefore = ((RecordingMailSender) mail).sent.size();
        assertThat(call("/api/v1/incidents/" + id + "/tasks", customs,
                "{\"title\":\"Check the importer\",\"assignedAgency\":\"LABOUR\"}").getStatus()).isEqualTo(201);
        assertThat(((RecordingMailSender) mail).sent).as("no address is configured for LABOUR").hasSize(allBefore);
    }

    @Test
    void aDisseminatedReportIsEmailedToTheRecipientAgencyAsALinkOnly() throws Exception {
        String customs = new ApiClient(mvc).officerToken("CUSTOMS", List.of("ANALYST"));
        var created = call("/api/v1/intelligence", customs, """
                {"subject":"Kava smuggling ring","content":"Boat Lady Ngerur lands kava at night","sourceReliability":"B",
                 "informationCredibility":"2","mayBePassedOn":false,"sanitisedSummary":"Night landings","sensitivity":"SECRET"}""");
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        String id = JsonPath.read(created.getContentAsString(), "$.id");
        int deskBefore = sentTo(BIOSECURITY_DESK).size();
        assertThat(call("/api/v1/intelligence/" + id + "/disseminations", customs,
                "{\"recipients\":[{\"agency\":\"BIOSECURITY\"}]}").getStatus()).isEqualTo(201);
        List<SimpleMailMessage> desk = sentTo(BIOSECURITY_DESK);
        assertThat(desk).hasSize(deskBefore + 1);
        SimpleMailMessage mail = desk.get(desk.size() - 1);
        assertThat(mail.getSubject()).isEqualTo("Atoll: an intelligence report was shared with you");
        assertThat(mail.getText()).contains("https://atoll.example/intelligence/" + id)
                .doesNotContain("Kava").doesNotContain("kava").doesNotContain("Ngerur").doesNotContain("Night landings");
    }
}
