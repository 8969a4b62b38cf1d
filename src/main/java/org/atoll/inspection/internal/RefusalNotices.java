package org.atoll.inspection.internal;

import static org.atoll.NoticePdf.BODY;
import static org.atoll.NoticePdf.HEADING;
import static org.atoll.NoticePdf.TITLE;
import static org.atoll.NoticePdf.row;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.lowagie.text.Chunk;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

import org.atoll.NoticePdf;
import org.atoll.RecordNotFoundException;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.atoll.inspection.domain.InspectionConflictException;
import org.atoll.inspection.domain.InspectionStatus;
import org.atoll.regulation.Provision;
import org.atoll.regulation.ProvisionReference;
import org.atoll.regulation.RegulationSet;
import org.atoll.regulation.Regulations;
import org.springframework.stereotype.Component;

/**
 * The notice of refusal of entry handed to the traveller (OpenPDF): who, when and where, each
 * ground with the provision's title and text, the officer's reason, the carrier responsible for
 * removal, and how to seek review.
 */
@Component
public class RefusalNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.ENGLISH);

    private final InspectionRepository repository;
    private final Regulations regulations;
    private final InspectionProperties properties;
    private final AuditTrail audit;
    private final ZoneId zone;

    RefusalNotices(InspectionRepository repository, Regulations regulations, InspectionProperties properties, AuditTrail audit,
                   java.time.Clock clock) {
        this.repository = repository;
        this.regulations = regulations;
        this.properties = properties;
        this.audit = audit;
        this.zone = clock.getZone();
    }

    public byte[] notice(UUID inspectionId) {
        InspectionRow row = repository.find(inspectionId)
                .orElseThrow(() -> new RecordNotFoundException("inspection", inspectionId.toString()));
        if (!InspectionStatus.REFUSED.name().equals(row.status())) {
            throw new InspectionConflictException("There is no refusal notice: the inspection is " + row.status()
                    + (InspectionStatus.REFUSAL_AWAITING_APPROVAL.name().equals(row.status()) ? " (a supervisor must approve the refusal)" : ""),
                    InspectionStatus.valueOf(row.status()));
        }
        LocalDate decidedOn = row.secondaryDecidedAt().atZone(zone).toLocalDate();
        Optional<RegulationSet> rules = regulations.inForceOn(decidedOn);
        byte[] pdf = write(row, rules, decidedOn);
        audit.record(AuditEvent.succeeded("REFUSAL_NOTICE_ISSUED", InspectionService.RECORD_TYPE, inspectionId.toString()));
        return pdf;
    }

    public static String reference(UUID id) {
        return "RN-" + id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private byte[] write(InspectionRow row, Optional<RegulationSet> rules, LocalDate decidedOn) {
        return NoticePdf.write(PageSize.A4, "the refusal notice", document -> {
            document.add(new Paragraph(properties.authority(), HEADING));
            document.add(new Paragraph("Notice of refusal of entry", TITLE));
            document.add(Chunk.NEWLINE);
            PdfPTable facts = NoticePdf.facts(1.3f);
            row(facts, "Notice reference", reference(row.id()));
            row(facts, "Traveller", (row.givenNames() + " " + row.surname()).strip());
            row(facts, "Date of birth", row.dateOfBirth() == null ? "unknown" : row.dateOfBirth());
            row(facts, "Nationality", row.nationality());
            row(facts, "Travel document", row.documentNumber() + " (" + row.issuingState() + ")");
            row(facts, "Port of entry", row.port());
            row(facts, "Decision", "Entry refused on " + TIME.format(row.secondaryDecidedAt().atZone(zone)));
            row(facts, "Decided by", row.secondaryOfficer()
                    + (row.refusalApprovedBy() == null ? "" : ", approved by supervisor " + row.refusalApprovedBy()));
            row(facts, "Carrier responsible for return", (row.removalCarrier() == null ? "-" : row.removalCarrier())
                    + (row.removalFlight() == null ? "" : ", " + row.removalFlight()));
            document.add(facts);
            document.add(Chunk.NEWLINE);
            document.add(new Paragraph("You are refused entry to the Republic of Palau on the following grounds:", BODY));
            NoticePdf.grounds(document, row.refusalGrounds().stream().map(ground -> {
                Provision provision = rules.flatMap(r -> r.provision(ProvisionReference.of(ground))).orElse(null);
                return new NoticePdf.Ground(ground, provision == null ? null : provision.title(),
                        provision == null ? null : provision.text());
            }).toList());
            document.add(Chunk.NEWLINE);
            document.add(new Paragraph("Reasons", HEADING));
            document.add(new Paragraph(row.refusalReason(), BODY));
            document.add(Chunk.NEWLINE);
            document.add(new Paragraph("Legal basis", HEADING));
            document.add(new Paragraph(rules.map(r -> r.legalInstrument() + " — " + r.title() + ", version " + r.version()
                    + " (in force since " + DAY.format(r.effectiveDate()) + ")").orElse("The rules in force on " + DAY.format(decidedOn)), BODY));
            document.add(Chunk.NEWLINE);
            document.add(new Paragraph("How to seek review", HEADING));
            document.add(new Paragraph(properties.reviewProcedure(), BODY));
        });
    }
}
