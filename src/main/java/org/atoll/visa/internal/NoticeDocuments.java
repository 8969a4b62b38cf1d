package org.atoll.visa.internal;

import static org.atoll.NoticePdf.BODY;
import static org.atoll.NoticePdf.HEADING;
import static org.atoll.NoticePdf.LABEL;
import static org.atoll.NoticePdf.TITLE;
import static org.atoll.NoticePdf.row;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

import org.atoll.NoticePdf;
import org.atoll.regulation.Provision;
import org.atoll.regulation.RegulationSet;
import org.atoll.visa.domain.Applicant;
import org.atoll.visa.domain.Grounds;
import org.atoll.visa.domain.IssuedVisa;
import org.atoll.visa.domain.VisaApplication;
import org.springframework.stereotype.Component;

/** The printed papers of the visa module: the refusal notice and the visa itself (OpenPDF). */
@Component
class NoticeDocuments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Font MRZ = new Font(Font.COURIER, 10.5f, Font.NORMAL);

    private final VisaProperties properties;

    NoticeDocuments(VisaProperties properties) {
        this.properties = properties;
    }

    /**
     * A notice stating the decision, each ground with the provision's title and text, the
     * officer's reason, and how to seek review.
     */
    byte[] refusalNotice(VisaApplication a, RegulationSet rules, String typeName, LocalDate decidedOn) {
        Grounds grounds = a.refusalGrounds().orElseThrow();
        return pdf(PageSize.A4, document -> {
            document.add(new Paragraph(properties.authority(), HEADING));
            document.add(new Paragraph("Notice of refusal of a visa application", TITLE));
            document.add(Chunk.NEWLINE);
            Applicant applicant = a.applicant();
            PdfPTable facts = table();
            row(facts, "Application", a.reference());
            row(facts, "Applicant", applicant.name().fullName());
            row(facts, "Date of birth", applicant.dateOfBirth().toString());
            row(facts, "Nationality", applicant.nationality().value());
            row(facts, "Passport", applicant.passport().number().value() + " (" + applicant.passport().issuingState().value() + ")");
            row(facts, "Visa applied for", typeName + " (" + a.visaType().value() + "), purpose "
                    + a.purpose().name().toLowerCase(Locale.ROOT));
            row(facts, "Decision", "Refused on " + DAY.format(decidedOn));
            row(facts, "Decided by", a.decidedBy().orElse("-")
                    + a.refusalConfirmedBy().map(s -> ", approved by supervisor " + s).orElse(""));
            document.add(facts);
            document.add(Chunk.NEWLINE);
            document.add(new Paragraph("Your application has been refused on the following grounds:", BODY));
            NoticePdf.grounds(document, grounds.provisions().stream().map(reference -> {
                Provision provision = rules.provision(reference).orElse(null);
                return new NoticePdf.Ground(reference.value(), provision == null ? null : provision.title(),
                        provision == null ? null : provision.text());
            }).toList());
            document.add(Chunk.NEWLINE);
            document.add(new Paragraph("Reasons", HEADING));
            document.add(new Paragraph(grounds.reason(), BODY));
            document.add(Chunk.NEWLINE);
            document.add(new Paragraph("How to seek review", HEADING));
            document.add(new Paragraph(properties.reviewProcedure(), BODY));
            document.add(Chunk.NEWLINE);
            document.add(new Paragraph("Rules applied: " + rules.title() + ", version " + rules.version() + " (effective "
                    + rules.effectiveDate() + ").", LABEL));
        });
    }

    /** The visa as printed for the passport page: its terms and its machine readable zone. */
    byte[] visa(IssuedVisa visa, String typeName) {
        return pdf(PageSize.A5.rotate(), document -> {
            document.add(new Paragraph(properties.authority(), HEADING));
            document.add(new Paragraph("VISA — " + typeName, TITLE));
            PdfPTable facts = table();
            IssuedVisa.Terms t = visa.terms();
            row(facts, "Visa number", visa.number().value());
            row(facts, "Type", typeName + " (" + visa.type().value() + ")");
            row(facts, "Holder", visa.holder().name().fullName());
            row(facts, "Nationality / date of birth / sex", visa.holder().nationality().value() + " / "
                    + visa.holder().dateOfBirth() + " / " + visa.holder().sex().mrzCode());
            row(facts, "Passport", visa.holder().passport().number().value());
            row(facts, "Valid from / until", t.validFrom() + " / " + t.validUntil());
            row(facts, "Entries", t.entriesAllowed() == null ? "Multiple" : String.valueOf(t.entriesAllowed()));
            row(facts, "Duration of stay", t.permittedStayDays() + " days");
            row(facts, "Conditions", String.join("; ", t.conditions()));
            row(facts, "Status", visa.revocation().map(r -> "REVOKED on " + r.on()).orElse("Valid"));
            document.add(facts);
            document.add(Chunk.NEWLINE);
            for (String line : visa.mrz()) {
                Paragraph p = new Paragraph(line, MRZ);
                p.setAlignment(Element.ALIGN_LEFT);
                document.add(p);
            }
        });
    }

    private static byte[] pdf(com.lowagie.text.Rectangle size, NoticePdf.Content content) {
        return NoticePdf.write(size, "the PDF", content);
    }

    private static PdfPTable table() {
        return NoticePdf.facts(1.2f);
    }
}
