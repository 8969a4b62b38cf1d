package org.atoll.manifest.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.atoll.manifest.ManifestFormatException;
import org.atoll.manifest.ManifestIssue;
import org.atoll.manifest.ParsedManifest;

/**
 * Reads a manifest sent as a spreadsheet (XLSX, e.g. an IMO FAL form 5 or 6 kept in a spreadsheet by a
 * ship's agent): the first sheet, its first row the column names of the CSV layouts, one row per person.
 * Cells are turned into the CSV text the CSV reader takes (dates as ISO dates, date-times to the minute,
 * whole numbers without decimals), so both formats follow the same rules and report the same row numbers.
 */
public final class SpreadsheetManifestReader {

    public static final int MAX_BYTES = ManifestCsvParser.MAX_BYTES;
    static final int MAX_ROWS = 20_000;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final ManifestCsvParser csv = new ManifestCsvParser();

    public ParsedManifest parse(byte[] body) {
        if (body.length > MAX_BYTES) {
            throw error(1, "The file has " + body.length + " bytes; at most " + MAX_BYTES + " are accepted");
        }
        if (body.length < 4 || body[0] != 'P' || body[1] != 'K') {
            throw error(1, "This is not an XLSX spreadsheet (an XLSX file is a ZIP archive starting with PK)");
        }
        String text;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            text = toCsv(workbook.getSheetAt(0));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ManifestFormatException m) {
                throw m;
            }
            throw error(1, "The spreadsheet cannot be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage().lines().findFirst().orElse("")));
        }
        ParsedManifest p = csv.parse(text.getBytes(StandardCharsets.UTF_8));
        return new ParsedManifest("CSV".equals(p.format()) ? "XLSX" : p.format(), p.interchangeReference(), p.messageReference(), p.kind(), p.function(), p.part(),
                p.lastPart(), p.carrier(), p.legs(), p.persons(), p.declaredPassengers(), p.declaredCrew(), p.warnings());
    }

    private static String toCsv(Sheet sheet) throws IOException {
        StringWriter out = new StringWriter();
        int width = -1;
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            int last = Math.min(sheet.getLastRowNum(), MAX_ROWS);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw error(MAX_ROWS + 1, "A spreadsheet manifest has at most " + MAX_ROWS + " rows");
            }
            for (int r = sheet.getFirstRowNum(); r <= last; r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                if (width < 0) {
                    width = row.getLastCellNum();
                }
                List<String> values = new ArrayList<>(width);
                boolean empty = true;
                for (int c = 0; c < width; c++) {
                    String v = value(row.getCell(c));
                    empty &= v.isEmpty();
                    values.add(v);
                }
                if (!empty) {
                    printer.printRecord(values);
                }
            }
        }
        return out.toString();
    }

    private static String value(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().trim();
            case BOOLEAN -> cell.getBooleanCellValue() ? "yes" : "no";
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime t = cell.getLocalDateTimeCellValue();
                    yield t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : MINUTES.format(t);
                }
                double d = cell.getNumericCellValue();
                yield d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
            }
            default -> "";
        };
    }

    private static ManifestFormatException error(int row, String message) {
        return new ManifestFormatException(new ManifestIssue(row, "", 0, 0, message));
    }
}
