package org.atoll.inspection.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

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
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD, new Color(0x3d, 0x52, 0x60));

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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(properties.authority(), HEADING));
            document.add(new Paragraph("Notice of refusal of entry", TITLE));
            document.add(Chunk.NEWLINE);
            PdfPTable facts = new PdfPTable(new float[] {1.3f, 3f});
            facts.setWidthPercentage(100);
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
            int n = 1;
            for (String ground : row.refusalGrounds()) {
                Provision provision = rules.flatMap(r -> r.provision(ProvisionReference.of(ground))).orElse(null);
                document.add(new Paragraph(n++ + ". " + ground + (provision == null ? "" : " — " + provision.title()), HEADING));
                if (provision != null) {
                    document.add(new Paragraph(provision.text(), BODY));
                }
            }
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
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the refusal notice", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void row(PdfPTable table, String label, String value) {
        PdfPCell l = new PdfPCell(new Phrase(label, LABEL));
        l.setBorder(0);
        PdfPCell v = new PdfPCell(new Phrase(value, BODY));
        v.setBorder(0);
        table.addCell(l);
        table.addCell(v);
    }
}
