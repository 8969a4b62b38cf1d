package org.atoll.alert.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.atoll.InvalidRequestException;
import org.atoll.InvalidRequestException.FieldProblem;
import org.atoll.access.AgencyCode;
import org.atoll.alert.AlertDirectory;
import org.atoll.alert.AlertProposals;
import org.atoll.alert.model.Alert;
import org.atoll.alert.model.AlertFields;
import org.atoll.alert.model.AlertFieldsReader;
import org.atoll.alert.model.AlertId;
import org.atoll.alert.model.AlertStatus;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts proposed by other modules become DRAFT alerts of the owning agency, with placeholders its
 * alert managers must replace before activation (legal basis, action on hit, review); and the
 * existence check other modules use before linking to an alert.
 */
@Component
class AlertProposalsAdapter implements AlertProposals, AlertDirectory {

    /** A draft proposed from elsewhere is reviewed soon: it says so in the owning agency's review queue. */
    static final int DRAFT_REVIEW_DAYS = 14;

    private final AlertService service;
    private final AlertRepository alerts;
    private final AuditTrail audit;
    private final Clock clock;

    AlertProposalsAdapter(AlertService service, AlertRepository alerts, AuditTrail audit, Clock clock) {
        this.service = service;
        this.alerts = alerts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean visibleTo(UUID alertId, AgencyCode agency) {
        if (alertId == null || agency == null) {
            return false;
        }
        return alerts.find(new AlertId(alertId)).map(a -> a.content().sharedWith(agency)).orElse(false);
    }

    @Override
    @Transactional
    public ProposedAlert propose(AlertProposal p) {
        if (p.owningAgency() == null) {
            throw InvalidRequestException.field("owningAgency", "Choose the agency that will own the alert.");
        }
        if (p.reason() == null || p.reason().isBlank()) {
            throw InvalidRequestException.field("reason", "Say why the alert is proposed.");
        }
        Kind kind = p.kind() == null ? Kind.PERSON : p.kind();
        String reference = "PROPOSED-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase(Locale.ROOT);
        String origin = p.origin() == null || p.origin().isBlank() ? "" : " (" + p.origin().strip() + ")";
        String reason = abbreviate(p.reason().strip() + " — proposed by " + p.proposedBy() + ", " + p.proposingAgency()
                + origin, 4000);
        LocalDate review = LocalDate.now(clock).plusDays(DRAFT_REVIEW_DAYS);
        AlertFields.PersonFields person = null;
        AlertFields.DocumentAlertFields document = null;
        if (kind == Kind.PERSON) {
            List<AlertFields.IdentityDocumentFields> documents = p.documentNumber().filter(n -> !n.isBlank()).isPresent()
                    ? List.of(new AlertFields.IdentityDocumentFields(null, p.documentIssuingState().orElse(null),
                    p.documentNumber().get()))
                    : List.of();
            person = new AlertFields.PersonFields(
                    List.of(new AlertFields.NameFields(null, blankToNull(p.surname()), blankToNull(p.givenNames()), "PRIMARY", false)),
                    p.dateOfBirth().map(d -> List.of(d.toString())).orElse(List.of()), null,
                    p.nationality().filter(n -> !n.isBlank()).map(List::of).orElse(List.of()), null, documents, null);
        } else {
            String holder = String.join(" ", List.of(nz(p.givenNames()), nz(p.surname()))).strip();
            document = new AlertFields.DocumentAlertFields(p.documentIssuingState().orElse(null),
                    p.documentNumber().orElse(null), null, "FRAUDULENT", holder.isEmpty() ? null : holder);
        }
        String category = kind == Kind.DOCUMENT ? "DOCUMENT_SEIZURE" : switch (p.owningAgency().value()) {
            case "CUSTOMS" -> "CUSTOMS_INTEREST";
            case "BIOSECURITY" -> "BIOSECURITY_INTEREST";
            case "LABOUR" -> "LABOUR_VIOLATION";
            default -> "DISCREET_CHECK";
        };
        String action = kind == Kind.DOCUMENT ? "SEIZE_DOCUMENT" : "NOTIFY_OWNING_AGENCY";
        AlertFields fields = new AlertFields(kind.name(), reference, category, reason,
                "To be completed by " + p.owningAgency() + " before activation", p.owningAgency().value(), action,
                p.owningAgency().value(), List.of(), List.of(), null, null, review.toString(), null, List.of(), false,
                person, document);
        AlertFieldsReader.Result read = AlertFieldsReader.read(fields, service.rules());
        if (!read.problems().isEmpty() || read.content() == null) {
            List<FieldProblem> problems = new ArrayList<>();
            read.problems().forEach(pr -> problems.add(new FieldProblem(proposalField(pr.field()), pr.message())));
            if (problems.isEmpty()) {
                problems.add(new FieldProblem(kind == Kind.PERSON ? "surname" : "documentNumber",
                        "Name the person or the document the alert is about."));
            }
            throw new InvalidRequestException(problems.get(0).field() + ": " + problems.get(0).message(), problems);
        }
        Viewer proposer = new Viewer(p.proposedBy(), Optional.ofNullable(p.proposingAgency()), Set.of());
        Alert draft = Alert.create(AlertId.random(), Alert.OWN_SOURCE, read.content(), AlertStatus.DRAFT, p.proposedBy(),
                clock.instant());
        service.storeImported(draft, "PROPOSED", proposer);
        audit.record(AuditEvent.succeeded("ALERT_PROPOSED", AlertService.RECORD, draft.id().toString())
                .withDetails("DRAFT " + kind + " " + reference + " for " + p.owningAgency() + " by " + p.proposingAgency() + origin));
        return new ProposedAlert(draft.id().value(), reference);
    }

    /** The alert reader names fields by their path in an alert; the proposer knows them by the proposal's names. */
    static String proposalField(String alertField) {
        if (alertField.startsWith("person.names")) {
            return alertField.endsWith("givenNames") ? "givenNames" : "surname";
        }
        if (alertField.startsWith("person.datesOfBirth")) return "dateOfBirth";
        if (alertField.startsWith("person.nationalities")) return "nationality";
        if (alertField.endsWith("issuingState")) return "documentIssuingState";
        if (alertField.endsWith(".number") || alertField.equals("document")) return "documentNumber";
        if (alertField.equals("person")) return "surname";
        if (alertField.equals("owningAgency") || alertField.equals("contact")) return "owningAgency";
        if (alertField.equals("reason")) return "reason";
        return alertField;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
