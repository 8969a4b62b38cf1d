package org.atoll.incident.internal;

import java.util.Optional;

import org.atoll.access.AgencyCode;
import org.atoll.incident.IncidentId;
import org.atoll.incident.IntelligenceReportId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Emails an in-app notification to the assigned officer (when an address is configured for them)
 * or else to the agency's address, once the change is committed. Off unless SMTP is configured
 * (no {@link JavaMailSender} bean without {@code spring.mail.host}). The email says only that
 * something needs attention (or that a report was shared) and links to the incident or report: what
 * it is about stays behind sign-in and need-to-know. A failed send is logged and never undoes the change.
 */
@Component
@EnableConfigurationProperties(IncidentMailProperties.class)
class IncidentMailer {

    private static final Logger log = LoggerFactory.getLogger(IncidentMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final IncidentMailProperties properties;

    IncidentMailer(ObjectProvider<JavaMailSender> sender, IncidentMailProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    /** The address a notification for the agency (and optionally a named officer) goes to, if any. */
    Optional<String> addressFor(AgencyCode agency, String officer) {
        if (officer != null && !officer.isBlank()) {
            String personal = properties.officers().get(officer.strip().toLowerCase(java.util.Locale.ROOT));
            if (personal != null && !personal.isBlank()) {
                return Optional.of(personal);
            }
        }
        return Optional.ofNullable(properties.agencies().get(agency.value())).filter(a -> !a.isBlank());
    }

    void send(AgencyCode agency, String officer, IncidentId incident, String subjectLine) {
        send(agency, officer, "/incidents/" + incident, "An incident needs your attention", "the incident", subjectLine);
    }

    /** A report disseminated to the agency or officer: the email names no subject and no content, only the link. */
    void sendReport(AgencyCode agency, String officer, IntelligenceReportId report) {
        send(agency, officer, "/intelligence/" + report, "An intelligence report was shared with you", "the report",
                "an intelligence report was shared with you");
    }

    private void send(AgencyCode agency, String officer, String path, String what, String record, String subjectLine) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        Optional<String> to = addressFor(agency, officer);
        if (to.isEmpty()) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(to.get());
        message.setSubject("Atoll: " + subjectLine);
        message.setText(what
                + (officer == null || officer.isBlank() ? " (" + agency.value() + ")" : " (" + officer + ", " + agency.value() + ")")
                + ".\n\nSign in to see it: " + properties.baseUrl() + path
                + "\n\nThis message holds no details of " + record + " on purpose.\n");
        Runnable deliver = () -> {
            try {
                mail.send(message);
            } catch (MailException e) {
                log.warn("Notification email for {} to {} not sent: {}", path, to.get(), e.getMessage());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver.run();
                }
            });
        } else {
            deliver.run();
        }
    }
}
