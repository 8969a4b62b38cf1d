package org.atoll.alert.importing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.atoll.alert.screening.BirthDateRange;
import org.atoll.alert.screening.PartialDate;
import org.atoll.alert.screening.Sex;
import org.atoll.alert.screening.WatchlistEntry;
import org.atoll.alert.screening.WatchlistName;
import org.atoll.alert.screening.NameKind;

/**
 * Reads the individuals of the UN Security Council consolidated sanctions list (the XML the UN
 * publishes, schema sc-sanctions.xsd) as person alerts: names in their four parts, aliases,
 * names in original script, dates of birth (exact, approximate, between two years),
 * nationalities, sex and listed documents. Streams with StAX, so a large file needs no DOM.
 * Records it cannot use are reported with their line number and skipped; a file that is not
 * well-formed XML stops with a problem at the line where it breaks.
 */
public final class UnConsolidatedListReader {

    private static final String SOURCE = "UN";

    public ListReadResult read(InputStream in) {
        List<ListedPerson> persons = new ArrayList<>();
        List<ListProblem> problems = new ArrayList<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = null;
        int line = 0;
        try {
            xml = factory.createXMLStreamReader(in, StandardCharsets.UTF_8.name());
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("INDIVIDUAL")) {
                    line = xml.getLocation().getLineNumber();
                    Individual individual = readIndividual(xml, line);
                    individual.toPerson(problems).ifPresent(persons::add);
                }
            }
        } catch (XMLStreamException e) {
            int at = e.getLocation() != null ? e.getLocation().getLineNumber() : line;
            problems.add(new ListProblem(at, null, "not well-formed XML, reading stopped: " + e.getMessage()));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing a broken stream: nothing more to report
                }
            }
        }
        return new ListReadResult(persons, problems);
    }

    private Individual readIndividual(XMLStreamReader xml, int line) throws XMLStreamException {
        Individual ind = new Individual(line);
        Map<String, String> group = null;
        String groupName = null;
        StringBuilder text = new StringBuilder();
        int depth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                text.setLength(0);
                String name = xml.getLocalName();
                if (depth == 1 && (name.equals("INDIVIDUAL_ALIAS") || name.equals("INDIVIDUAL_DATE_OF_BIRTH")
                        || name.equals("INDIVIDUAL_DOCUMENT") || name.equals("NATIONALITY"))) {
                    group = new HashMap<>();
                    groupName = name;
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if (depth == 0) {
                    break; // </INDIVIDUAL>
                }
                // the list wraps long values across lines: one space for any run of whitespace
                String value = text.toString().trim().replaceAll("\\s+", " ");
                text.setLength(0);
                if (depth == 1 && name.equals(groupName)) {
                    ind.addGroup(groupName, group);
                    group = null;
                    groupName = null;
                } else if (group != null) {
                    if (!value.isEmpty()) {
                        group.merge(name, value, (a, b) -> a + "\n" + b);
                    }
                } else if (depth == 1 && !value.isEmpty()) {
                    ind.fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                }
                depth--;
            }
        }
        return ind;
    }

    private static final class Individual {
        final int line;
        final Map<String, List<String>> fields = new HashMap<>();
        final List<Map<String, String>> aliases = new ArrayList<>();
        final List<Map<String, String>> dates = new ArrayList<>();
        final List<Map<String, String>> documents = new ArrayList<>();
        final List<String> nationalities = new ArrayList<>();

        Individual(int line) {
            this.line = line;
        }

        void addGroup(String name, Map<String, String> values) {
            switch (name) {
                case "INDIVIDUAL_ALIAS" -> aliases.add(values);
                case "INDIVIDUAL_DATE_OF_BIRTH" -> dates.add(values);
                case "INDIVIDUAL_DOCUMENT" -> documents.add(values);
                case "NATIONALITY" -> {
                    String v = values.get("VALUE");
                    if (v != null) nationalities.addAll(List.of(v.split("\n")));
                }
                default -> {
                }
            }
        }

        String first(String field) {
            List<String> v = fields.get(field);
            return v == null ? null : v.get(0);
        }

        java.util.Optional<ListedPerson> toPerson(List<ListProblem> problems) {
            String reference = first("REFERENCE_NUMBER");
            if (reference == null) {
                problems.add(new ListProblem(line, null, "individual without REFERENCE_NUMBER skipped"));
                return java.util.Optional.empty();
            }
            long version = 1;
            try {
                if (first("VERSIONNUM") != null) version = Long.parseLong(first("VERSIONNUM"));
            } catch (NumberFormatException e) {
                problems.add(new ListProblem(line, reference, "VERSIONNUM is not a number: " + first("VERSIONNUM")));
            }
            UUID id = UUID.nameUUIDFromBytes((SOURCE + ":" + reference).getBytes(StandardCharsets.UTF_8));
            WatchlistEntry.Builder b = WatchlistEntry.builder(id, reference).version(version);
            StringBuilder primary = new StringBuilder();
            for (String part : new String[]{"FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"}) {
                String v = first(part);
                if (v != null) {
                    if (primary.length() > 0) primary.append(' ');
                    primary.append(v);
                }
            }
            if (primary.length() > 0) b.name(new WatchlistName(primary.toString(), NameKind.PRIMARY, false));
            for (Map<String, String> alias : aliases) {
                String name = alias.get("ALIAS_NAME");
                if (name != null && name.chars().anyMatch(Character::isLetter)) b.alias(name);
            }
            for (String original : fields.getOrDefault("NAME_ORIGINAL_SCRIPT", List.of())) {
                b.originalScript(original);
            }
            if (!b.hasNames()) {
                problems.add(new ListProblem(line, reference, "individual without any name skipped"));
                return java.util.Optional.empty();
            }
            for (Map<String, String> date : dates) {
                try {
                    BirthDateRange range = dateOfBirth(date);
                    if (range != null) b.born(range);
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    problems.add(new ListProblem(line, reference, "date of birth not read: " + date + " (" + e.getMessage() + ")"));
                }
            }
            for (String nationality : nationalities) {
                var code = CountryNames.toCode(nationality);
                if (code.isPresent()) {
                    b.nationality(code.get());
                } else if (!nationality.equalsIgnoreCase("na")) {
                    problems.add(new ListProblem(line, reference, "nationality not known as a country: " + nationality));
                }
            }
            b.sex(Sex.fromText(first("GENDER")));
            List<ListedPerson.ListedDocument> docs = new ArrayList<>();
            for (Map<String, String> d : documents) {
                if (d.get("NUMBER") != null) {
                    docs.add(new ListedPerson.ListedDocument(d.get("TYPE_OF_DOCUMENT"), d.get("NUMBER"),
                            d.getOrDefault("ISSUING_COUNTRY", d.get("COUNTRY_OF_ISSUE"))));
                }
            }
            return java.util.Optional.of(new ListedPerson(b.build(), docs));
        }

        /** EXACT with DATE or YEAR; APPROXIMATELY read as one year either side; BETWEEN two years. */
        private static BirthDateRange dateOfBirth(Map<String, String> d) {
            String type = d.getOrDefault("TYPE_OF_DATE", "EXACT");
            String date = d.get("DATE");
            String year = d.get("YEAR");
            if (type.equals("BETWEEN")) {
                return BirthDateRange.years(Integer.parseInt(d.get("FROM_YEAR").trim()), Integer.parseInt(d.get("TO_YEAR").trim()));
            }
            PartialDate p = date != null ? PartialDate.parse(date.length() > 10 ? date.substring(0, 10) : date)
                    : year != null ? PartialDate.ofYear(Integer.parseInt(year.trim())) : null;
            if (p == null) return null;
            if (type.equals("APPROXIMATELY")) {
                return BirthDateRange.years(p.year() - 1, p.year() + 1);
            }
            return BirthDateRange.exactly(p);
        }
    }
}
