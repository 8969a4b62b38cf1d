package org.atoll;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The layout every notice Atoll hands a person shares (refusal of a visa, refusal of entry, the
 * printed visa): the fonts, the table of facts, and each ground cited with its provision's title
 * and text. OpenPDF underneath; the modules write the wording.
 */
public final class NoticePdf {

    public static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    public static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    public static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL);
    public static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD, new Color(0x3d, 0x52, 0x60));

    private NoticePdf() {
    }

    /** What a notice writes on its open document. */
    @FunctionalInterface
    public interface Content {
        void write(Document document) throws Exception;
    }

    /** A ground cited: its provision reference and, when the rules hold it, the provision's title and text. */
    public record Ground(String reference, String title, String text) {
    }

    /**
     * A PDF of the given page size with 48-point margins.
     *
     * @param what what is written, for the error if it cannot be ("the refusal notice")
     */
    public static byte[] write(Rectangle pageSize, String what, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(pageSize, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            content.write(document);
        } catch (Exception e) {
            throw new IllegalStateException("Could not write " + what, e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** A borderless two-column table of facts, labels {@code labelWidth} to 3 of the width. */
    public static PdfPTable facts(float labelWidth) {
        PdfPTable table = new PdfPTable(new float[] {labelWidth, 3f});
        table.setWidthPercentage(100);
        return table;
    }

    public static void row(PdfPTable table, String label, String value) {
        PdfPCell l = new PdfPCell(new Phrase(label, LABEL));
        l.setBorder(0);
        PdfPCell v = new PdfPCell(new Phrase(value, BODY));
        v.setBorder(0);
        table.addCell(l);
        table.addCell(v);
    }

    /** Each ground numbered, with the provision's title beside its reference and its text below. */
    public static void grounds(Document document, List<Ground> grounds) {
        int n = 1;
        for (Ground ground : grounds) {
            document.add(new Paragraph(n++ + ". " + ground.reference() + (ground.title() == null ? "" : " — " + ground.title()),
                    HEADING));
            if (ground.text() != null) {
                document.add(new Paragraph(ground.text(), BODY));
            }
        }
    }
}
