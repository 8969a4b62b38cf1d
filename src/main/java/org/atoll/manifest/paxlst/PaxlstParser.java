package org.atoll.manifest.paxlst;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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
import org.atoll.reference.CountryCode;

/**
 * Reads UN/EDIFACT PAXLST interchanges (D02B to D15B as in the WCO/IATA/ICAO PAXLST Implementation
 * Guide, and the legacy US-EDIFACT PAXLST:001 with PDT segments) into a {@link ParsedManifest}.
 * {@link EdifactTokenizer} tokenizes (StAEDI, the prescribed library, is its test oracle: ADR 0006);
 * this class interprets the segments. Structural errors throw
 * {@link ManifestFormatException}; oddities real feeds are known for become warnings.
 * Thread-safe and without state.
 */
public final class PaxlstParser {

    /** Bodies larger than this are refused: 2,000 persons take well under 1 MB. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    public ParsedManifest parse(byte[] message) {
        if (message.length > MAX_BYTES) {
            throw new ManifestFormatException(new ManifestIssue(1, "", 0, 0,
                    "The message has " + message.length + " bytes; at most " + MAX_BYTES + " are accepted"));
        }
        EdifactText text = EdifactText.of(message);
        List<Segment> segments = EdifactTokenizer.segments(text.text);
        return new Interpretation(segments, text).run();
    }

    /** The interpretation of one interchange, segment by segment. */
    private static final class Interpretation {

        private final List<Segment> segments;
        private final EdifactText text;
        private final List<ManifestIssue> errors = new ArrayList<>();
        private final List<ManifestIssue> warnings = new ArrayList<>();

        private String interchangeReference;
        private String messageReference;
        private boolean legacy;
        private ManifestKind kind;
        private MessageFunction function = MessageFunction.ORIGINAL;
        private int part = 1;
        private boolean lastPart = true;
        private int referenceYear = 2000;
        private Integer declaredPassengers;
        private Integer declaredCrew;
        private boolean sawUnh;
        private boolean sawUnt;
        private boolean sawUnz;
        private int unhAt;

        private final List<FlightLeg> legs = new ArrayList<>();
        private final List<Point> points = new ArrayList<>();
        private String flightNumber;
        private String flightCarrier;
        private boolean inTransport;

        private final List<ManifestPerson> persons = new ArrayList<>();
        private PersonDraft person;
        private DocumentDraft document;

        Interpretation(List<Segment> segments, EdifactText text) {
            this.segments = segments;
            this.text = text;
        }

        ParsedManifest run() {
            for (Segment s : segments) {
                try {
                    segment(s);
                } catch (PositionedDateException e) {
                    errors.add(new ManifestIssue(s.number, s.tag, e.element, e.component, e.getMessage()));
                } catch (DateTimeException | NumberFormatException e) {
                    errors.add(new ManifestIssue(s.number, s.tag, 0, 0, e.getMessage()));
                }
            }
            closeTransport();
            closePerson();
            int last = segments.isEmpty() ? 1 : segments.get(segments.size() - 1).number;
            String lastTag = segments.isEmpty() ? "" : segments.get(segments.size() - 1).tag;
            if (!sawUnh) {
                errors.add(new ManifestIssue(last, lastTag, 0, 0, "Mandatory segment UNH (message header) is missing"));
            } else if (kind == null && !legacy) {
                errors.add(new ManifestIssue(unhAt + 1, "", 0, 0, "Mandatory segment BGM (passenger or crew list) is missing"));
            }
            if (sawUnh && legs.isEmpty()) {
                errors.add(new ManifestIssue(last, lastTag, 0, 0, "Mandatory segment TDT (flight) is missing"));
            }
            if (!sawUnt) {
                errors.add(new ManifestIssue(last, lastTag, 0, 0,
                        "Mandatory segment UNT (message trailer) is missing: the message is truncated"));
            } else if (!sawUnz) {
                errors.add(new ManifestIssue(last, lastTag, 0, 0,
                        "Mandatory segment UNZ (interchange trailer) is missing: the interchange is truncated"));
            }
            if (!errors.isEmpty()) {
                throw new ManifestFormatException(errors);
            }
            if (text.charactersAfterUnz > 0) {
                warnings.add(new ManifestIssue(last, "UNZ", 0, 0,
                        text.charactersAfterUnz + " characters after UNZ were ignored"));
            }
            checkCounts(last);
            String carrier = legs.isEmpty() ? null : legs.get(0).carrier();
            return new ParsedManifest("PAXLST", interchangeReference, messageReference,
                    kind == null ? ManifestKind.PASSENGER_LIST : kind, function, part, lastPart, carrier, legs,
                    persons, declaredPassengers, declaredCrew, warnings);
        }

        private void checkCounts(int last) {
            long passengers = persons.stream().filter(p -> p.role() != PersonRole.CREW).count();
            long crew = persons.stream().filter(p -> p.role() == PersonRole.CREW).count();
            String partNote = lastPart && part == 1 ? "" : " (part " + part + " of a multi-part message)";
            if (declaredPassengers != null && declaredPassengers != passengers) {
                warnings.add(new ManifestIssue(last, "CNT", 1, 2, "CNT declares " + declaredPassengers
                        + " passengers but the message lists " + passengers + partNote));
            }
            if (declaredCrew != null && declaredCrew != crew) {
                warnings.add(new ManifestIssue(last, "CNT", 1, 2, "CNT declares " + declaredCrew
                        + " crew but the message lists " + crew + partNote));
            }
        }

        private void segment(Segment s) {
            switch (s.tag) {
                case "UNB" -> {
                    interchangeReference = s.get(5);
                    String date = s.get(4, 1).trim();
                    if (date.length() >= 2 && digits(date.substring(0, 2))) {
                        referenceYear = 2000 + Integer.parseInt(date.substring(0, 2));
                    }
                }
                case "UNH" -> {
                    sawUnh = true;
                    unhAt = s.number;
                    messageReference = s.get(1);
                    legacy = !s.get(2, 2).startsWith("D") && !s.get(2, 2).isEmpty() && digits(s.get(2, 2));
                    String sequence = s.get(4, 1).trim();
                    if (!sequence.isEmpty() && digits(sequence)) {
                        part = Integer.parseInt(sequence);
                        lastPart = !"C".equals(s.get(4, 2).trim());
                    }
                }
                case "BGM" -> bgm(s);
                case "TDT" -> {
                    closeTransport();
                    closePerson();
                    inTransport = true;
                    flightNumber = s.get(2).trim();
                    flightCarrier = firstNonEmpty(s.get(5).trim(), s.get(4).trim());
                    if (flightCarrier.isEmpty() && flightNumber.length() > 2 && !s.get(2).isBlank()) {
                        flightCarrier = flightNumber.substring(0, 2);
                    }
                    if (flightNumber.isEmpty()) {
                        warnings.add(new ManifestIssue(s.number, s.tag, 2, 1, "TDT has no flight number"));
                        flightNumber = null;
                    }
                }
                case "LOC" -> loc(s);
                case "DTM" -> dtm(s);
                case "NAD" -> nad(s);
                case "PDT" -> pdt(s);
                case "ATT" -> {
                    if (person != null && s.get(1).equals("2")) {
                        person.sex = sex(s.get(3).trim(), s, 3);
                    }
                }
                case "NAT" -> {
                    if (person != null) {
                        person.nationality = country(s.get(2), s, 2);
                    }
                }
                case "DOC" -> doc(s);
                case "CNT" -> cnt(s);
                case "UNT" -> unt(s);
                case "UNZ" -> sawUnz = true;
                default -> { }
            }
        }

        private void bgm(Segment s) {
            String code = s.get(1).trim();
            kind = switch (code) {
                case "745" -> ManifestKind.PASSENGER_LIST;
                case "250" -> ManifestKind.CREW_LIST;
                default -> {
                    warnings.add(new ManifestIssue(s.number, s.tag, 1, 1,
                            "BGM document code '" + code + "' is neither 745 (passengers) nor 250 (crew)"));
                    yield ManifestKind.PASSENGER_LIST;
                }
            };
            // UNTDID 1225 message function (1 cancellation, 4 change, 5 replace) and the PAXLST guide's
            // document identifiers CP/CL/XR (change passenger data, change flight, cancel reservation)
            String identifier = s.get(2).trim();
            String messageFunction = s.get(3).trim();
            if (messageFunction.equals("1") || identifier.equals("XR") || identifier.equals("X")) {
                function = MessageFunction.CANCELLATION;
            } else if (messageFunction.equals("5") || messageFunction.equals("4") || identifier.equals("CP")
                    || identifier.equals("CL") || identifier.equals("CF")) {
                function = MessageFunction.REPLACEMENT;
            }
        }

        private void loc(Segment s) {
            String qualifier = s.get(1).trim();
            if (person == null && inTransport) {
                String port = s.get(2, 1).trim();
                points.add(new Point(s, qualifier, port));
                return;
            }
            if (person == null) {
                return;
            }
            String value = s.get(2, 1).trim();
            switch (qualifier) {
                case "174" -> person.residence = country(value, s, 2);
                case "180" -> person.birthPlace = firstNonEmpty(s.get(2, 4).trim(), value);
                case "178" -> person.embarkation = value;
                case "179" -> person.disembarkation = value;
                case "91" -> {
                    if (document != null && !value.isEmpty()) {
                        document.issuer = country(value, s, 2);
                    }
                }
                default -> { }
            }
        }

        private void dtm(Segment s) {
            String qualifier = s.get(1, 1).trim();
            if (legacy && (qualifier.equals("136") || qualifier.equals("132"))) {
                if (!points.isEmpty() && person == null) {
                    Point p = points.get(points.size() - 1);
                    p.timeQualifier = qualifier;
                    p.time = legacyDateTime(s.get(2).trim(), s.get(3).trim(), s);
                }
                return;
            }
            String value = s.get(1, 2).replace(" ", "");
            String format = s.get(1, 3).trim();
            if (person == null) {
                if (!points.isEmpty() && (qualifier.equals("189") || qualifier.equals("232"))) {
                    Point p = points.get(points.size() - 1);
                    p.timeQualifier = qualifier;
                    p.time = dateTime(value, format, s);
                }
                return;
            }
            switch (qualifier) {
                case "329" -> person.dateOfBirth = PartialDate.of(date(value, format, s, true));
                case "36" -> {
                    if (document != null) {
                        document.expiry = date(value, format, s, false);
                    }
                }
                case "182" -> {
                    if (document != null) {
                        document.issued = date(value, format, s, true);
                    }
                }
                default -> { }
            }
        }

        private void nad(Segment s) {
            String qualifier = s.get(1).trim();
            closeTransport();
            closePerson();
            if (qualifier.equals("MS") || qualifier.equals("CZ") || qualifier.equals("BA")) {
                return; // the reporting party, not a traveller
            }
            PersonRole role = switch (qualifier) {
                case "FL" -> PersonRole.PASSENGER;
                case "FM", "VW" -> PersonRole.CREW;
                case "DDT", "DDU" -> PersonRole.TRANSIT;
                default -> {
                    warnings.add(new ManifestIssue(s.number, s.tag, 1, 1, "Unknown NAD qualifier '" + qualifier
                            + "': the person is taken as " + (kind == ManifestKind.CREW_LIST ? "crew" : "passenger")));
                    yield kind == ManifestKind.CREW_LIST ? PersonRole.CREW : PersonRole.PASSENGER;
                }
            };
            List<String> parts = s.components(4);
            String surname = parts.isEmpty() ? "" : parts.get(0);
            // PAXLST guide: surname, first given name, further given names; later components are codes
            String given = String.join(" ", parts.size() > 1 ? parts.subList(1, Math.min(parts.size(), 4)) : List.of()).trim();
            person = new PersonDraft(s, role, surname, given);
        }

        private void pdt(Segment s) {
            closeTransport();
            closePerson();
            String type = s.get(3).trim();
            PersonRole role = type.startsWith("CR") ? PersonRole.CREW : PersonRole.PASSENGER;
            String surname = s.get(2, 1);
            String given = (s.get(2, 2) + " " + s.get(2, 3)).trim();
            person = new PersonDraft(s, role, surname, given);
            String dob = s.get(2, 4).trim();
            if (!dob.isEmpty()) {
                person.dateOfBirth = PartialDate.of(date(dob, "", s, true));
            }
            if (!s.get(2, 5).isBlank()) {
                person.sex = sex(s.get(2, 5).trim(), s, 2);
            }
            String doc = s.get(1, 1);
            int slash = doc.indexOf('/');
            if (slash > 0) {
                document = new DocumentDraft(s, doc.substring(0, slash), doc.substring(slash + 1));
                String expiry = s.get(1, 2).trim();
                if (!expiry.isEmpty()) {
                    document.expiry = date(expiry, "", s, false);
                }
                if (!s.get(1, 3).isBlank()) {
                    document.issuer = country(s.get(1, 3).trim(), s, 1);
                }
            }
            person.embarkation = s.get(4, 1).trim();
            person.disembarkation = s.get(4, 2).trim();
        }

        private void doc(Segment s) {
            if (person == null) {
                return;
            }
            closeDocument();
            String type = s.get(1, 1).trim();
            String number = s.get(2, 1).trim();
            if (type.isEmpty() && number.isEmpty()) {
                warnings.add(new ManifestIssue(s.number, s.tag, 0, 0, "An empty DOC segment was ignored"));
                return;
            }
            document = new DocumentDraft(s, type, number);
        }

        private void cnt(Segment s) {
            String qualifier = s.get(1, 1).trim();
            String value = s.get(1, 2).trim();
            if (value.isEmpty() && !s.get(2, 1).isBlank()) {
                value = s.get(2, 1).trim();
                warnings.add(new ManifestIssue(s.number, s.tag, 2, 1,
                        "CNT count should be the second component of element 1, not a separate element"));
            }
            if (!digits(value)) {
                warnings.add(new ManifestIssue(s.number, s.tag, 1, 2, "CNT count '" + value + "' is not a number"));
                return;
            }
            int count = Integer.parseInt(value);
            switch (qualifier) {
                case "42" -> declaredPassengers = count;
                case "41" -> declaredCrew = count;
                default -> warnings.add(new ManifestIssue(s.number, s.tag, 1, 1,
                        "CNT qualifier '" + qualifier + "' is neither 42 (passengers) nor 41 (crew)"));
            }
        }

        private void unt(Segment s) {
            sawUnt = true;
            closeTransport();
            closePerson();
            String count = s.get(1).trim();
            if (!digits(count)) {
                errors.add(new ManifestIssue(s.number, s.tag, 1, 1,
                        "UNT segment count '" + count + "' is not a number"));
                return;
            }
            int actual = s.number - unhAt + 1;
            if (Integer.parseInt(count) != actual) {
                warnings.add(new ManifestIssue(s.number, s.tag, 1, 1, "UNT declares " + Integer.parseInt(count)
                        + " segments but the message has " + actual));
            }
            if (!s.get(2).trim().equals(messageReference == null ? "" : messageReference.trim())) {
                warnings.add(new ManifestIssue(s.number, s.tag, 2, 1, "UNT reference '" + s.get(2)
                        + "' differs from UNH reference '" + messageReference + "'"));
            }
        }

        private void closeTransport() {
            if (!inTransport) {
                return;
            }
            inTransport = false;
            Point open = null;
            for (Point p : points) {
                if (p.isDeparture()) {
                    if (open != null) {
                        legs.add(new FlightLeg(flightCarrier, flightNumber, open.port, open.time, null, null));
                    }
                    open = p;
                } else {
                    legs.add(new FlightLeg(flightCarrier, flightNumber, open == null ? null : open.port,
                            open == null ? null : open.time, p.port, p.time));
                    open = p.qualifier.equals("PT") ? new Point(p.segment, "PT", p.port) : null;
                }
            }
            if (open != null && !open.qualifier.equals("PT")) {
                legs.add(new FlightLeg(flightCarrier, flightNumber, open.port, open.time, null, null));
            }
            if (points.isEmpty()) {
                legs.add(new FlightLeg(flightCarrier, flightNumber, null, null, null, null));
            }
            points.clear();
        }

        private void closePerson() {
            if (person == null) {
                return;
            }
            closeDocument();
            PersonDraft p = person;
            person = null;
            String surname = p.surname.trim();
            String given = p.given.trim();
            if (surname.isEmpty() && given.isEmpty()) {
                warnings.add(new ManifestIssue(p.segment.number, p.segment.tag, 4, 1,
                        "A person without a name was left out"));
                return;
            }
            if (badCharacters(surname) || badCharacters(given)) {
                warnings.add(new ManifestIssue(p.segment.number, p.segment.tag, 4, 1, "The name '" + surname + ", "
                        + given + "' has bytes not valid in character set " + text.syntaxIdentifier
                        + "; they are kept as \uFFFD"));
                surname = clean(surname);
                given = clean(given);
            }
            persons.add(new ManifestPerson(p.role, PersonName.of(surname, given), p.sex, p.dateOfBirth,
                    p.nationality, p.residence, p.birthPlace, p.embarkation, p.disembarkation, p.documents,
                    p.segment.number));
        }

        private void closeDocument() {
            if (document == null || person == null) {
                document = null;
                return;
            }
            DocumentDraft d = document;
            document = null;
            DocumentNumber number = null;
            if (!d.number.isEmpty()) {
                try {
                    number = DocumentNumber.of(d.number);
                } catch (IllegalArgumentException e) {
                    warnings.add(new ManifestIssue(d.segment.number, d.segment.tag, 2, 1,
                            "Document number '" + d.number + "' is not valid: " + e.getMessage()));
                }
            }
            person.documents.add(new org.atoll.manifest.TravelDocument(d.type.isEmpty() ? null : d.type, number,
                    d.issuer, d.expiry, d.issued));
        }

        private static boolean badCharacters(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == EdifactText.REPLACEMENT || (c >= 0x80 && c < 0xA0) || c < 0x20) {
                    return true;
                }
            }
            return false;
        }

        private static String clean(String s) {
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                b.append((c >= 0x80 && c < 0xA0) || c < 0x20 ? EdifactText.REPLACEMENT : c);
            }
            return b.toString();
        }

        private Sex sex(String code, Segment s, int element) {
            return switch (code) {
                case "M" -> Sex.MALE;
                case "F" -> Sex.FEMALE;
                case "U", "X" -> Sex.UNSPECIFIED;
                default -> {
                    warnings.add(new ManifestIssue(s.number, s.tag, element, 1, "Sex '" + code + "' is not M, F, U or X"));
                    yield null;
                }
            };
        }

        private CountryCode country(String raw, Segment s, int element) {
            String value = raw.trim();
            if (value.isEmpty()) {
                return null;
            }
            if (!CountryCode.isWellFormed(value)) {
                warnings.add(new ManifestIssue(s.number, s.tag, element, 1, "'" + value + "' is not a country code"));
                return null;
            }
            return CountryCode.of(value);
        }

        private LocalDateTime dateTime(String value, String format, Segment s) {
            try {
                if ((format.equals("201") || format.isEmpty()) && value.length() == 10 && digits(value)) {
                    return LocalDateTime.of(2000 + num(value, 0, 2), num(value, 2, 4), num(value, 4, 6),
                            num(value, 6, 8), num(value, 8, 10));
                }
                if ((format.equals("203") || format.isEmpty()) && value.length() == 12 && digits(value)) {
                    return LocalDateTime.of(num(value, 0, 4), num(value, 4, 6), num(value, 6, 8),
                            num(value, 8, 10), num(value, 10, 12));
                }
                if (value.length() == 6 || value.length() == 8) {
                    return date(value, format, s, false).atStartOfDay();
                }
            } catch (DateTimeException e) {
                // reported below with its position
            }
            throw dateError(value, s);
        }

        private LocalDateTime legacyDateTime(String date, String time, Segment s) {
            LocalDate day = date(date, "", s, false);
            if (time.length() == 4 && digits(time)) {
                try {
                    return day.atTime(num(time, 0, 2), num(time, 2, 4));
                } catch (DateTimeException e) {
                    throw dateError(time, s);
                }
            }
            return day.atStartOfDay();
        }

        /** YYMMDD or CCYYMMDD; a two-digit year of birth is never after the interchange's year. */
        private LocalDate date(String value, String format, Segment s, boolean past) {
            try {
                if (value.length() == 8 && digits(value)) {
                    return LocalDate.of(num(value, 0, 4), num(value, 4, 6), num(value, 6, 8));
                }
                if (value.length() == 6 && digits(value)) {
                    int year = 2000 + num(value, 0, 2);
                    if (past ? year > referenceYear : year > referenceYear + 50) {
                        year -= 100;
                    }
                    return LocalDate.of(year, num(value, 2, 4), num(value, 4, 6));
                }
            } catch (DateTimeException e) {
                // reported below with its position
            }
            throw dateError(value, s);
        }

        private DateTimeException dateError(String value, Segment s) {
            boolean legacySegment = s.tag.equals("PDT") || (s.tag.equals("DTM") && legacy);
            return legacySegment ? new PositionedDateException(2, 0, "'" + value + "' is not a date")
                    : new PositionedDateException(1, 2, "'" + value + "' is not a date");
        }

        private static int num(String s, int from, int to) {
            return Integer.parseInt(s, from, to, 10);
        }

        private static boolean digits(String s) {
            if (s.isEmpty()) {
                return false;
            }
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }

        private static String firstNonEmpty(String a, String b) {
            return a.isEmpty() ? b : a;
        }
    }

    /** A date error; its message carries the position so the caller can report it exactly. */
    private static final class PositionedDateException extends DateTimeException {
        final int element;
        final int component;

        PositionedDateException(int element, int component, String message) {
            super(message);
            this.element = element;
            this.component = component;
        }
    }

    private static final class Point {
        final Segment segment;
        final String qualifier;
        final String port;
        String timeQualifier = "";
        LocalDateTime time;

        Point(Segment segment, String qualifier, String port) {
            this.segment = segment;
            this.qualifier = qualifier;
            this.port = port;
        }

        boolean isDeparture() {
            return switch (qualifier) {
                case "125", "5", "005" -> true;
                case "87", "8", "008", "PT" -> false;
                default -> timeQualifier.equals("189") || timeQualifier.equals("136") || timeQualifier.isEmpty();
            };
        }
    }

    private static final class PersonDraft {
        final Segment segment;
        final PersonRole role;
        final String surname;
        final String given;
        Sex sex;
        PartialDate dateOfBirth;
        CountryCode nationality;
        CountryCode residence;
        String birthPlace;
        String embarkation;
        String disembarkation;
        final List<org.atoll.manifest.TravelDocument> documents = new ArrayList<>(1);

        PersonDraft(Segment segment, PersonRole role, String surname, String given) {
            this.segment = segment;
            this.role = role;
            this.surname = surname;
            this.given = given;
        }
    }

    private static final class DocumentDraft {
        final Segment segment;
        final String type;
        final String number;
        CountryCode issuer;
        LocalDate expiry;
        LocalDate issued;

        DocumentDraft(Segment segment, String type, String number) {
            this.segment = segment;
            this.type = type;
            this.number = number;
        }
    }
}
