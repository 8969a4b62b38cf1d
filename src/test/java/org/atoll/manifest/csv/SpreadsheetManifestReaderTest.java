package org.atoll.manifest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.atoll.manifest.ManifestFormatException;
import org.atoll.manifest.ParsedManifest;
import org.atoll.manifest.PersonRole;
import org.junit.jupiter.api.Test;

public class SpreadsheetManifestReaderTest {

    static final String[] FAL6 = {"ship_name", "imo_number", "call_sign", "voyage_number", "port", "arrival_or_departure",
            "date", "flag_state", "family_name", "given_names", "nationality", "date_of_birth", "place_of_birth",
            "document_type", "document_number", "document_issuer", "document_expiry", "port_of_embarkation",
            "port_of_disembarkation", "transit"};

    /** A FAL form 6 as a ship's agent keeps it: real date cells, numbers as numbers, a blank row at the end. */
    public static byte[] falForm6() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("FAL 6");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < FAL6.length; i++) {
                header.createCell(i).setCellValue(FAL6[i]);
            }
            Object[][] rows = {
                    {"OCEAN STAR", 9123456d, "V7AB2", "V042", "PWMAL", "arrival", LocalDate.of(2026, 3, 2), "MHL", "LEE", "AMY",
                            "AUS", LocalDate.of(1990, 1, 1), "Perth", "P", "PA0000001", "AUS", LocalDate.of(2030, 1, 1), "GUM",
                            "PWMAL", false},
                    {"OCEAN STAR", 9123456d, "V7AB2", "V042", "PWMAL", "arrival", LocalDate.of(2026, 3, 2), "MHL", "KIM", "MIN",
                            "KOR", LocalDate.of(1991, 1, 1), "Seoul", "P", 123456789d, "KOR", LocalDate.of(2030, 1, 1), "GUM",
                            "FMPNI", true}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    var cell = row.createCell(c);
                    if (v instanceof String s) {
                        cell.setCellValue(s);
                    } else if (v instanceof Double d) {
                        cell.setCellValue(d);
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(LocalDateTime.of(d, java.time.LocalTime.MIDNIGHT));
                        cell.setCellStyle(date);
                    }
                }
            }
            sheet.createRow(3);
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsAFalForm6SpreadsheetWithDateCellsAndNumbersAsTheCsvForm() throws IOException {
        ParsedManifest m = new SpreadsheetManifestReader().parse(falForm6());

        assertThat(m.format()).isEqualTo("FAL6");
        assertThat(m.persons()).hasSize(2);
        assertThat(m.persons()).extracting(p -> p.role()).containsExactly(PersonRole.PASSENGER, PersonRole.TRANSIT);
        assertThat(m.persons().get(0).dateOfBirth().toString()).isEqualTo("1990-01-01");
        assertThat(m.persons().get(1).documents().get(0).number().value()).isEqualTo("123456789");
        assertThat(m.persons().get(1).documents().get(0).expiry()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(m.legs().get(0).flightNumber()).isEqualTo("V042");
    }

    @Test
    void refusesAFileThatIsNotASpreadsheetNamingTheFirstRow() {
        ManifestFormatException e = catchThrowableOfType(ManifestFormatException.class,
                () -> new SpreadsheetManifestReader().parse("name,passport\n".getBytes()));

        assertThat(e.firstError().segment()).isEqualTo(1);
        assertThat(e.firstError().message()).contains("not an XLSX");
    }

    @Test
    void refusesATruncatedSpreadsheet() throws IOException {
        byte[] whole = falForm6();
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);

        ManifestFormatException e = catchThrowableOfType(ManifestFormatException.class,
                () -> new SpreadsheetManifestReader().parse(cut));

        assertThat(e.firstError().message()).contains("cannot be read");
    }
}
