package org.atoll.manifest.csv;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.atoll.document.DocumentNumber;
import org.atoll.document.PartialDate;
import org.atoll.document.PersonName;
import org.atoll.document.Sex;
import org.atoll.manifest.FlightLeg;
import org.atoll.manifest.ManifestFormatException;
import org.atoll.manifest.ManifestIssue;
import org.atoll.manifest.ManifestKind;
import org.atoll.manifest.ManifestPerson;
import org.atoll.manifest.MessageFunction;
import org.atoll.manifest.ParsedManifest;
import org.atoll.manifest.PersonRole;
import org.atoll.manifest.TravelDocument;
import org.atoll.reference.CountryCode;

/**
 * Reads manifests sent as CSV (UTF-8, header row, comma or semicolon): Atoll's own layout for small
 * carriers and the IMO FAL form 5 (crew list) and FAL form 6 (passenger list) as spreadsheets export
 * them. The layout is recognised by the header; columns are documented in docs/manifests.md.
 * Errors name the line ("segment" in {@link ManifestIssue}) and column number.
 */
public final class ManifestCsvParser {

    public static final int MAX_BYTES = 8 * 1024 * 1024;

    private static final Set<String> ATOLL_REQUIRED = Set.of("carrier", "flight", "role", "surname");
    private static final Set<String> FAL_REQUIRED = Set.of("ship_name", "voyage_number", "port", "family_name");

    public ParsedManifest parse(byte[] body) {
        if (body.length > MAX_BYTES) {
            throw error(1, 0, "The file has " + body.length + " bytes; at most " + MAX_BYTES + " are accepted");
        }
        String text = decode(body);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true)
                .setDelimiter(firstLine(text).contains(";") && !firstLine(text).contains(",") ? ';' : ',').get();
        try (CSVParser csv = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> header = new TreeMap<>();
            csv.getHeaderMap().forEach((k, v) -> header.put(k.toLowerCase(Locale.ROOT).trim(), v));
            Layout layout;
            if (header.keySet().containsAll(ATOLL_REQUIRED)) {
                layout = Layout.ATOLL;
            } else if (header.keySet().containsAll(FAL_REQUIRED)) {
                layout = header.containsKey("rank") ? Layout.FAL5 : Layout.FAL6;
            } else {
                throw error(1, 0, "The header row names neither Atoll's columns (carrier, flight, role, surname, ...)"
                        + " nor a FAL form 5/6 layout (ship_name, voyage_number, port, family_name, ...)");
            }
            return new Reading(layout, header, hash(body)).read(csv.getRecords());
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw error(1, 0, "The file is not readable CSV: " + e.getMessage());
        }
    }

    private enum Layout { ATOLL, FAL5, FAL6 }

    private static final class Reading {
        private final Layout layout;
        private final Map<String, Integer> header;
        private final String contentReference;
        private final List<ManifestIssue> errors = new ArrayList<>();
        private final List<ManifestIssue> warnings = new ArrayList<>();

        Reading(Layout layout, Map<String, Integer> header, String contentReference) {
            this.layout = layout;
            this.header = header;
            this.contentReference = contentReference;
        }

        ParsedManifest read(List<CSVRecord> records) {
            if (records.isEmpty()) {
                throw error(2, 0, "The file has a header but no person");
            }
            CSVRecord first = records.get(0);
            int firstLine = line(first);
            String carrier;
            String flight;
            FlightLeg leg;
            String reference;
            if (layout == Layout.ATOLL) {
                carrier = required(first, "carrier");
                flight = required(first, "flight");
                leg = new FlightLeg(carrier, flight, value(first, "departure_port"),
                        dateTime(first, "departure_time"), value(first, "arrival_port"), dateTime(first, "arrival_time"));
                reference = value(first, "reference");
            } else {
                String callSign = value(first, "call_sign");
                String imo = value(first, "imo_number");
                carrier = value(first, "carrier") != null ? value(first, "carrier") : callSign != null ? callSign : imo;
                flight = required(first, "voyage_number");
                String port = required(first, "port");
                LocalDate date = date(first, "date", false);
                boolean departure = "departure".equalsIgnoreCase(value(first, "arrival_or_departure"));
                leg = departure ? new FlightLeg(carrier, flight, port, date == null ? null : date.atStartOfDay(),
                        value(first, "next_port"), null)
                        : new FlightLeg(carrier, flight, value(first, "last_port"), null, port,
                        date == null ? null : date.atStartOfDay());
                reference = value(first, "reference");
            }
            if (carrier == null) {
                errors.add(new ManifestIssue(firstLine, "", 0, 0, "No carrier: fill carrier (or the ship's call sign)"));
            }
            List<ManifestPerson> persons = new ArrayList<>();
            for (CSVRecord r : records) {
                ManifestPerson p = person(r);
                if (p != null) {
                    persons.add(p);
                }
                if (layout == Layout.ATOLL && !flight.equals(value(r, "flight"))) {
                    warnings.add(new ManifestIssue(line(r), "", column("flight"), 0,
                            "Flight '" + value(r, "flight") + "' differs from the first row's " + flight));
                }
            }
            if (!errors.isEmpty()) {
                throw new ManifestFormatException(errors);
            }
            MessageFunction function = switch (String.valueOf(value(first, "message_function")).toLowerCase(Locale.ROOT)) {
                case "replacement" -> MessageFunction.REPLACEMENT;
                case "cancellation" -> MessageFunction.CANCELLATION;
                default -> MessageFunction.ORIGINAL;
            };
            ManifestKind kind = layout == Layout.FAL5 || persons.stream().allMatch(p -> p.role() == PersonRole.CREW)
                    ? ManifestKind.CREW_LIST : ManifestKind.PASSENGER_LIST;
            return new ParsedManifest(layout == Layout.ATOLL ? "CSV" : layout.name(),
                    reference == null ? contentReference : reference, null, kind, function, 1, true, carrier,
                    List.of(leg), persons, null, null, warnings);
        }

        private ManifestPerson person(CSVRecord r) {
            int errorsBefore = errors.size();
            PersonRole role = switch (layout) {
                case FAL5 -> PersonRole.CREW;
                case FAL6 -> "yes".equalsIgnoreCase(value(r, "transit")) || "y".equalsIgnoreCase(value(r, "transit"))
                        ? PersonRole.TRANSIT : PersonRole.PASSENGER;
                case ATOLL -> role(r);
            };
            String surname = value(r, layout == Layout.ATOLL ? "surname" : "family_name");
            String given = value(r, "given_names");
            if (surname == null && given == null) {
                errors.add(new ManifestIssue(line(r), "", column(layout == Layout.ATOLL ? "surname" : "family_name"), 0,
                        "A person needs a surname or given names"));
                return null;
            }
            Sex sex = null;
            if (value(r, "sex") != null) {
                try {
                    sex = Sex.parse(value(r, "sex"));
                } catch (IllegalArgumentException e) {
                    errors.add(new ManifestIssue(line(r), "", column("sex"), 0, e.getMessage()));
                }
            }
            LocalDate dob = date(r, "date_of_birth", true);
            List<TravelDocument> documents = new ArrayList<>(1);
            String number = value(r, "document_number");
            if (number != null) {
                DocumentNumber documentNumber = null;
                try {
                    documentNumber = DocumentNumber.of(number);
                } catch (IllegalArgumentException e) {
                    errors.add(new ManifestIssue(line(r), "", column("document_number"), 0, e.getMessage()));
                }
                documents.add(new TravelDocument(value(r, "document_type"), documentNumber,
                        country(r, "document_issuer"), date(r, "document_expiry", false), null));
            }
            if (errors.size() > errorsBefore) {
                return null;
            }
            return new ManifestPerson(role, PersonName.of(surname, given), sex, dob == null ? null : PartialDate.of(dob),
                    country(r, "nationality"), country(r, "residence"), value(r, "place_of_birth"),
                    first(value(r, "embarkation"), value(r, "port_of_embarkation")),
                    first(value(r, "disembarkation"), value(r, "port_of_disembarkation")), documents, line(r));
        }

        private PersonRole role(CSVRecord r) {
            String role = String.valueOf(value(r, "role")).toUpperCase(Locale.ROOT);
            return switch (role) {
                case "PASSENGER", "P", "PAX" -> PersonRole.PASSENGER;
                case "CREW", "C" -> PersonRole.CREW;
                case "TRANSIT", "T" -> PersonRole.TRANSIT;
                default -> {
                    errors.add(new ManifestIssue(line(r), "", column("role"), 0,
                            "Role '" + value(r, "role") + "' is not passenger, crew or transit"));
                    yield PersonRole.PASSENGER;
                }
            };
        }

        private CountryCode country(CSVRecord r, String name) {
            String v = value(r, name);
            if (v == null) {
                return null;
            }
            if (!CountryCode.isWellFormed(v.toUpperCase(Locale.ROOT))) {
                errors.add(new ManifestIssue(line(r), "", column(name), 0, "'" + v + "' is not a country code"));
                return null;
            }
            return CountryCode.of(v.toUpperCase(Locale.ROOT));
        }

        private LocalDate date(CSVRecord r, String name, boolean past) {
            String v = value(r, name);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeException e) {
                errors.add(new ManifestIssue(line(r), "", column(name), 0, "'" + v + "' is not a date written YYYY-MM-DD"));
                return null;
            }
        }

        private LocalDateTime dateTime(CSVRecord r, String name) {
            String v = value(r, name);
            if (v == null) {
                return null;
            }
            try {
                return LocalDateTime.parse(v.replace(' ', 'T'));
            } catch (DateTimeException e) {
                errors.add(new ManifestIssue(line(r), "", column(name), 0,
                        "'" + v + "' is not a local time written YYYY-MM-DDTHH:MM"));
                return null;
            }
        }

        private String required(CSVRecord r, String name) {
            String v = value(r, name);
            if (v == null) {
                errors.add(new ManifestIssue(line(r), "", column(name), 0, "Column " + name + " is empty"));
            }
            return v;
        }

        private String value(CSVRecord r, String name) {
            Integer i = header.get(name);
            if (i == null || i >= r.size()) {
                return null;
            }
            String v = r.get(i).trim();
            return v.isEmpty() ? null : v;
        }

        private int column(String name) {
            Integer i = header.get(name);
            return i == null ? 0 : i + 1;
        }

        private static int line(CSVRecord r) {
            return (int) r.getRecordNumber() + 1;
        }

        private static String first(String a, String b) {
            return a != null ? a : b;
        }
    }

    private static String decode(byte[] body) {
        int start = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, start, body.length - start)).toString();
        } catch (CharacterCodingException e) {
            // spreadsheets on older systems export Windows-1252/Latin-1
            return new String(body, start, body.length - start, StandardCharsets.ISO_8859_1);
        }
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static String hash(byte[] body) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(body);
            return "CSV-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ManifestFormatException error(int line, int column, String message) {
        return new ManifestFormatException(new ManifestIssue(line, "", column, 0, message));
    }
}
