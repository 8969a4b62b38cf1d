package org.atoll.alert.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.atoll.alert.model.AlertFields;

/**
 * Reads the alert CSV (docs/alerts.md lists the columns): a header row, then one alert per row.
 * Lists inside a cell are separated by {@code ;}; a person's documents read {@code TYPE:STATE:NUMBER}.
 * Each row becomes {@link AlertFields} with its line number; malformed rows are reported, never guessed.
 */
public final class CsvAlertReader {

    public static final List<String> COLUMNS = List.of("kind", "external_reference", "status", "category", "reason",
            "legal_basis", "action_on_hit", "contact", "warning_markers", "valid_from", "valid_until", "review_date",
            "sensitivity", "shared_with", "shared_in_full", "surname", "given_names", "aliases", "original_script_names",
            "dates_of_birth", "place_of_birth", "nationalities", "sex", "documents", "photo_reference",
            "document_issuing_state", "document_number", "document_type", "document_reason", "holder_name");

    static final Set<String> REQUIRED = Set.of("kind", "external_reference", "category", "reason", "legal_basis",
            "action_on_hit", "contact", "review_date");

    /** One data row: its first line in the file, the status it asks for, and its fields. */
    public record Row(int line, String status, AlertFields fields) {
    }

    public record Result(List<Row> rows, List<ImportProblem> problems) {
    }

    public Result read(Reader in) {
        try {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                text.append(buffer, 0, n);
            }
            return read(text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Result read(String text) {
        int[] lineStarts = lineStarts(text);
        List<Row> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        int line = 1;
        try (CSVParser parser = format.parse(new java.io.StringReader(text))) {
            Map<String, Integer> header = new LinkedHashMap<>();
            parser.getHeaderMap().forEach((k, v) -> header.put(k.strip().toLowerCase(Locale.ROOT), v));
            Set<String> unknown = new TreeSet<>(header.keySet());
            unknown.removeAll(COLUMNS);
            Set<String> missing = new TreeSet<>(REQUIRED);
            missing.removeAll(header.keySet());
            if (!unknown.isEmpty() || !missing.isEmpty()) {
                problems.add(new ImportProblem(1, null, null, (missing.isEmpty() ? "" : "missing columns " + missing + ". ")
                        + (unknown.isEmpty() ? "" : "unknown columns " + unknown + ". ") + "The columns are: " + String.join(",", COLUMNS)));
                return new Result(rows, problems);
            }
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                line = (int) parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) break;
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.add(new ImportProblem(line, null, null, "not valid CSV from here on (" + rootMessage(e) + ")"));
                    break;
                }
                line = lineOf(lineStarts, firstNonBlank(text, record.getCharacterPosition()));
                if (record.size() != header.size()) {
                    problems.add(new ImportProblem(line, null, null, "has " + record.size() + " cells; the header has " + header.size()));
                    continue;
                }
                rows.add(new Row(line, cell(record, header, "status"), fields(record, header, line, problems)));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new ImportProblem(line, null, null, "not valid CSV (" + rootMessage(e) + ")"));
        }
        return new Result(rows, problems);
    }

    private static AlertFields fields(CSVRecord r, Map<String, Integer> header, int line, List<ImportProblem> problems) {
        String kind = cell(r, header, "kind");
        AlertFields.PersonFields person = null;
        AlertFields.DocumentAlertFields document = null;
        if ("PERSON".equalsIgnoreCase(kind)) {
            List<AlertFields.NameFields> names = new ArrayList<>();
            String surname = cell(r, header, "surname");
            String given = cell(r, header, "given_names");
            if (surname != null || given != null) {
                names.add(new AlertFields.NameFields(null, surname, given, "PRIMARY", false));
            }
            list(r, header, "aliases").forEach(a -> names.add(new AlertFields.NameFields(a, null, null, "ALIAS", false)));
            list(r, header, "original_script_names").forEach(a -> names.add(new AlertFields.NameFields(a, null, null, "ALIAS", true)));
            List<AlertFields.IdentityDocumentFields> documents = new ArrayList<>();
            for (String d : list(r, header, "documents")) {
                String[] parts = d.split(":", -1);
                if (parts.length != 3) {
                    problems.add(new ImportProblem(line, cell(r, header, "external_reference"), "documents",
                            "a document reads TYPE:STATE:NUMBER, e.g. P:PLW:A1234567; not '" + d + "'"));
                    continue;
                }
                documents.add(new AlertFields.IdentityDocumentFields(parts[0].strip(), parts[1].strip(), parts[2].strip()));
            }
            person = new AlertFields.PersonFields(names, list(r, header, "dates_of_birth"), cell(r, header, "place_of_birth"),
                    list(r, header, "nationalities"), cell(r, header, "sex"), documents, cell(r, header, "photo_reference"));
        } else if ("DOCUMENT".equalsIgnoreCase(kind)) {
            document = new AlertFields.DocumentAlertFields(cell(r, header, "document_issuing_state"),
                    cell(r, header, "document_number"), cell(r, header, "document_type"), cell(r, header, "document_reason"),
                    cell(r, header, "holder_name"));
        }
        String inFull = cell(r, header, "shared_in_full");
        Boolean sharedInFull = null;
        if (inFull != null) {
            if (inFull.equalsIgnoreCase("true") || inFull.equalsIgnoreCase("yes")) sharedInFull = true;
            else if (inFull.equalsIgnoreCase("false") || inFull.equalsIgnoreCase("no")) sharedInFull = false;
            else problems.add(new ImportProblem(line, cell(r, header, "external_reference"), "shared_in_full", "true or false, not '" + inFull + "'"));
        }
        return new AlertFields(kind, cell(r, header, "external_reference"), cell(r, header, "category"), cell(r, header, "reason"),
                cell(r, header, "legal_basis"), null, cell(r, header, "action_on_hit"), cell(r, header, "contact"),
                list(r, header, "warning_markers"), List.of(), cell(r, header, "valid_from"), cell(r, header, "valid_until"),
                cell(r, header, "review_date"), cell(r, header, "sensitivity"), list(r, header, "shared_with"), sharedInFull,
                person, document);
    }

    private static String cell(CSVRecord r, Map<String, Integer> header, String column) {
        Integer i = header.get(column);
        if (i == null || i >= r.size()) return null;
        String v = r.get(i);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static List<String> list(CSVRecord r, Map<String, Integer> header, String column) {
        String v = cell(r, header, column);
        if (v == null) return List.of();
        return Arrays.stream(v.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A record's position is where the parser started, before the empty lines it skipped. */
    private static long firstNonBlank(String text, long position) {
        int i = (int) position;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The 1-based line on which the character at {@code position} stands. */
    private static int lineOf(int[] lineStarts, long position) {
        int i = java.util.Arrays.binarySearch(lineStarts, (int) position);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** The CSV column a JSON field path of {@link AlertFields} came from, for the import report. */
    public static String column(String field) {
        if (field == null) return null;
        String f = field.replaceAll("\\[\\d+]", "");
        return switch (f) {
            case "externalReference" -> "external_reference";
            case "legalBasis" -> "legal_basis";
            case "actionOnHit" -> "action_on_hit";
            case "warningMarkers" -> "warning_markers";
            case "validFrom" -> "valid_from";
            case "validUntil" -> "valid_until";
            case "reviewDate" -> "review_date";
            case "sharedWith" -> "shared_with";
            case "sharedInFull" -> "shared_in_full";
            case "owningAgency" -> "owning_agency";
            case "person.names.surname", "person.names" -> field.matches("person\\.names\\[0].*") || f.equals("person.names")
                    ? "surname" : "aliases";
            case "person.names.givenNames" -> "given_names";
            case "person.names.text", "person.names.kind" -> "aliases";
            case "person.datesOfBirth" -> "dates_of_birth";
            case "person.placeOfBirth" -> "place_of_birth";
            case "person.nationalities" -> "nationalities";
            case "person.sex" -> "sex";
            case "person.documents", "person.documents.type", "person.documents.issuingState", "person.documents.number" -> "documents";
            case "person.photoReference" -> "photo_reference";
            case "person" -> "surname";
            case "document", "document.issuingState" -> "document_issuing_state";
            case "document.number" -> "document_number";
            case "document.documentType" -> "document_type";
            case "document.reason" -> "document_reason";
            case "document.holderName" -> "holder_name";
            default -> f;
        };
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.length() > 200 ? m.substring(0, 200) : m;
    }
}
