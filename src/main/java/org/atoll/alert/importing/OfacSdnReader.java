package org.atoll.alert.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.atoll.alert.screening.BirthDateRange;
import org.atoll.alert.screening.PartialDate;
import org.atoll.alert.screening.Sex;
import org.atoll.alert.screening.WatchlistEntry;

/**
 * Reads the individuals of the US OFAC SDN list in its legacy CSV form (sdn.csv with alt.csv
 * for aliases; "-0-" means empty). Dates of birth, nationality, citizenship, gender and
 * passports are read from the Remarks column ("DOB 10 Dec 1948; alt. DOB 1950; nationality Egypt").
 */
public final class OfacSdnReader {

    private static final String EMPTY = "-0-";
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{1,2}) ([A-Za-z]{3}) (\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]{3}) (\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern PASSPORT = Pattern.compile("Passport ([^()]+?)\\s*(?:\\(([^)]*)\\))?$");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    public ListReadResult read(Reader sdn, Reader alt) throws IOException {
        Map<String, List<String>> aliases = new HashMap<>();
        List<ListProblem> problems = new ArrayList<>();
        if (alt != null) {
            forEachRecord(alt, "alias file", problems, (line, r) -> {
                if (r.size() < 4) {
                    problems.add(new ListProblem(line, null, "alias file line " + line + ": " + r.size()
                            + " fields where an alias line has 5 (ent_num, alt_num, alt_type, alt_name, alt_remarks)"));
                    return;
                }
                String name = value(r.get(3));
                if (name != null) aliases.computeIfAbsent(r.get(0).trim(), k -> new ArrayList<>()).add(name);
            });
        }
        List<ListedPerson> persons = new ArrayList<>();
        forEachRecord(sdn, "SDN file", problems, (line, r) -> {
            if (r.size() < 12) {
                problems.add(new ListProblem(line, r.size() > 0 ? r.get(0) : null, "SDN line with " + r.size()
                        + " fields where an SDN line has 12 (ent_num, SDN_Name, SDN_Type, ..., Remarks)"));
                return;
            }
            if (!"individual".equals(value(r.get(2)))) return;
            String number = r.get(0).trim();
            String name = value(r.get(1));
            if (!number.matches("\\d{1,10}")) {
                problems.add(new ListProblem(line, number, "individual without an entry number (ent_num) skipped"));
                return;
            }
            if (name == null) {
                problems.add(new ListProblem(line, number, "individual without a name skipped"));
                return;
            }
            String reference = "OFAC-" + number;
            UUID id = UUID.nameUUIDFromBytes(("OFAC:" + number).getBytes(StandardCharsets.UTF_8));
            WatchlistEntry.Builder b = WatchlistEntry.builder(id, reference).name(name);
            aliases.getOrDefault(number, List.of()).forEach(b::alias);
            List<ListedPerson.ListedDocument> documents = new ArrayList<>();
            String remarks = value(r.get(11));
            if (remarks != null) {
                readRemarks(remarks, b, documents, problems, line, reference);
            }
            persons.add(new ListedPerson(b.build(), documents, line));
        });
        return new ListReadResult(persons, problems);
    }

    private interface RecordHandler {
        void handle(int line, CSVRecord record);
    }

    /**
     * Hands each record with the line it starts on. The DOS end-of-file mark (0x1A) the published
     * files end with is no record. A quoting error ends the file: it is a problem at its line.
     */
    private static void forEachRecord(Reader in, String file, List<ListProblem> problems, RecordHandler handler) throws IOException {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(in)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                int line = (int) parser.getCurrentLineNumber() + 1;
                CSVRecord r;
                try {
                    if (!records.hasNext()) break;
                    r = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.add(new ListProblem(line, null, file + " cannot be read on from here: "
                            + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage())));
                    break;
                }
                if (r.size() == 1 && (r.get(0).isBlank() || r.get(0).strip().equals("\u001A"))) continue;
                handler.handle(line, r);
            }
        }
    }

    private static void readRemarks(String remarks, WatchlistEntry.Builder b, List<ListedPerson.ListedDocument> documents,
                                    List<ListProblem> problems, int line, String reference) {
        for (String raw : remarks.split(";")) {
            String item = raw.trim();
            if (item.endsWith(".")) item = item.substring(0, item.length() - 1);
            if (item.startsWith("alt. ")) item = item.substring(5);
            if (item.startsWith("DOB ")) {
                try {
                    BirthDateRange range = dateOfBirth(item.substring(4).trim());
                    if (range != null) b.born(range);
                    else problems.add(new ListProblem(line, reference, "date of birth not read: " + item));
                } catch (IllegalArgumentException e) {
                    problems.add(new ListProblem(line, reference, "date of birth not read: " + item));
                }
            } else if (item.startsWith("nationality ") || item.startsWith("citizen ")) {
                String country = item.substring(item.indexOf(' ') + 1).trim();
                CountryNames.toCode(country).ifPresent(b::nationality);
            } else if (item.startsWith("Gender ")) {
                b.sex(Sex.fromText(item.substring(7)));
            } else if (item.startsWith("Passport ")) {
                Matcher m = PASSPORT.matcher(item);
                if (m.matches()) documents.add(new ListedPerson.ListedDocument("Passport", m.group(1).trim(), m.group(2)));
            }
        }
    }

    /** "10 Dec 1948", "Dec 1948", "1948", "circa 1948" (a year either side), "1960 to 1962", "01 Jan 1960 to 31 Dec 1962". */
    static BirthDateRange dateOfBirth(String text) {
        String t = text.trim();
        if (t.contains(" to ")) {
            String[] parts = t.split(" to ");
            PartialDate from = date(parts[0].trim());
            PartialDate to = date(parts[1].trim());
            return from == null || to == null ? null : new BirthDateRange(PartialDate.ofYear(from.year()), PartialDate.ofYear(to.year()));
        }
        if (t.startsWith("circa ")) {
            PartialDate p = date(t.substring(6).trim());
            return p == null ? null : BirthDateRange.years(p.year() - 1, p.year() + 1);
        }
        PartialDate p = date(t);
        return p == null ? null : BirthDateRange.exactly(p);
    }

    private static PartialDate date(String t) {
        Matcher m = FULL_DATE.matcher(t);
        if (m.matches()) {
            return PartialDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = MONTH_YEAR.matcher(t);
        if (m.matches()) return new PartialDate(Integer.parseInt(m.group(2)), month(m.group(1)), 0);
        m = YEAR.matcher(t);
        if (m.matches()) return PartialDate.ofYear(Integer.parseInt(m.group(1)));
        return null;
    }

    private static int month(String abbreviation) {
        int i = MONTHS.indexOf(abbreviation.toLowerCase(Locale.ROOT));
        if (i < 0) throw new IllegalArgumentException("no month " + abbreviation);
        return i + 1;
    }

    private static String value(String field) {
        String v = field.trim();
        return v.isEmpty() || v.equals(EMPTY) ? null : v;
    }
}
