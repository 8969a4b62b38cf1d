package org.atoll.incident.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.atoll.access.AgencyCode;
import org.atoll.incident.IncidentId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Who gets a notification email, and that no email is attempted without a mail sender. */
class IncidentMailerTest {

    static final IncidentMailProperties PROPERTIES = new IncidentMailProperties("atoll@gov.pw", "https://atoll.gov.pw/",
            Map.of("customs", "duty@customs.gov.pw"), Map.of("JSmith", "j.smith@customs.gov.pw"));

    static class Recording extends JavaMailSenderImpl {
        final List<SimpleMailMessage> sent = new ArrayList<>();
        boolean fail;

        @Override
        public void send(SimpleMailMessage... messages) {
            if (fail) {
                throw new MailSendException("relay refused");
            }
            sent.addAll(List.of(messages));
        }
    }

    static IncidentMailer mailer(JavaMailSender sender) {
        var factory = sender == null ? new StaticListableBeanFactory() : new StaticListableBeanFactory(Map.of("mail", sender));
        return new IncidentMailer(factory.getBeanProvider(JavaMailSender.class), PROPERTIES);
    }

    @Test
    void aNamedOfficerWithAnAddressGetsItElseTheAgencyDeskElseNobody() {
        IncidentMailer m = mailer(null);
        assertThat(m.addressFor(AgencyCode.of("CUSTOMS"), "jsmith")).contains("j.smith@customs.gov.pw");
        assertThat(m.addressFor(AgencyCode.of("CUSTOMS"), "someone-else")).contains("duty@customs.gov.pw");
        assertThat(m.addressFor(AgencyCode.of("CUSTOMS"), null)).contains("duty@customs.gov.pw");
        assertThat(m.addressFor(AgencyCode.of("POLICE"), null)).isEmpty();
    }

    @Test
    void theEmailLinksToTheIncidentAndSaysNothingElseAboutIt() {
        Recording sender = new Recording();
        IncidentId id = IncidentId.random();
        mailer(sender).send(AgencyCode.of("CUSTOMS"), null, id, "a new incident for your agency");
        assertThat(sender.sent).singleElement().satisfies(m -> {
            assertThat(m.getFrom()).isEqualTo("atoll@gov.pw");
            assertThat(m.getTo()).containsExactly("duty@customs.gov.pw");
            assertThat(m.getSubject()).isEqualTo("Atoll: a new incident for your agency");
            assertThat(m.getText()).contains("https://atoll.gov.pw/incidents/" + id).contains("CUSTOMS");
        });
    }

    @Test
    void aSharedReportIsAnnouncedByItsLinkAlone() {
        Recording sender = new Recording();
        org.atoll.incident.IntelligenceReportId id = new org.atoll.incident.IntelligenceReportId(java.util.UUID.randomUUID());
        mailer(sender).sendReport(AgencyCode.of("CUSTOMS"), "jsmith", id);
        assertThat(sender.sent).singleElement().satisfies(m -> {
            assertThat(m.getTo()).containsExactly("j.smith@customs.gov.pw");
            assertThat(m.getSubject()).isEqualTo("Atoll: an intelligence report was shared with you");
            assertThat(m.getText()).contains("https://atoll.gov.pw/intelligence/" + id).contains("no details of the report");
        });
    }

    @Test
    void withoutASenderOrAnAddressNothingIsSentAndAFailedSendIsSwallowed() {
        mailer(null).send(AgencyCode.of("CUSTOMS"), null, IncidentId.random(), "x");
        Recording sender = new Recording();
        mailer(sender).send(AgencyCode.of("POLICE"), null, IncidentId.random(), "x");
        assertThat(sender.sent).isEmpty();
        sender.fail = true;
        mailer(sender).send(AgencyCode.of("CUSTOMS"), null, IncidentId.random(), "x");
        assertThat(sender.sent).isEmpty();
    }
}
