package org.atoll.alert.model;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.atoll.InvalidRequestException.FieldProblem;
import org.atoll.access.AgencyCode;
import org.atoll.alert.screening.BirthDateRange;
import org.atoll.alert.screening.DocumentKeys;
import org.atoll.alert.screening.NameKind;
import org.atoll.alert.screening.PartialDate;
import org.atoll.alert.screening.Sex;
import org.atoll.reference.CountryCode;
import org.atoll.reference.KnownCodes;

/**
 * Reads {@link AlertFields} into an {@link AlertContent}, naming every field at fault with its JSON
 * path ({@code person.names[1].surname}) so that an API client, a form and an import report can all
 * point at it. Strict reading applies the alert rules (known codes and agencies, review within the
 * configured period, dates in order); lenient reading, for stored versions, only parses.
 */
public final class AlertFieldsReader {

    static final int MAX_NAMES = 50;
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_DOCUMENT_NUMBER_LENGTH = 40;

    /** What strict reading checks against. {@code maxReviewPeriod}: SIS reviews refusal-of-entry alerts within 3 years. */
    public record Rules(LocalDate today, KnownCodes countries, Predicate<AgencyCode> knownAgency, Period maxReviewPeriod) {
    }

    public record Result(AlertContent content, List<FieldProblem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty() && content != null;
        }
    }

    private final Rules rules;
    private final List<FieldProblem> problems = new ArrayList<>();

    private AlertFieldsReader(Rules rules) {
        this.rules = rules;
    }

    public static Result read(AlertFields fields, Rules rules) {
        return new AlertFieldsReader(rules).readAll(fields);
    }

    /** Reads a stored version: no rule checks, codes and agencies taken as they were accepted then. */
    public static AlertContent readStored(AlertFields fields) {
        Result r = new AlertFieldsReader(null).readAll(fields);
        if (r.content() == null) {
            throw new IllegalStateException("A stored alert cannot be read: " + r.problems());
        }
        return r.content();
    }

    private boolean strict() {
        return rules != null;
    }

    private Result readAll(AlertFields f) {
        if (f == null) {
            problem("kind", "Send the alert's fields.");
            return new Result(null, problems);
        }
        AlertKind kind = enumValue("kind", f.kind(), AlertKind.class, true);
        String reference = text("externalReference", f.externalReference(), 60, true);
        AlertCategory category = enumValue("category", f.category(), AlertCategory.class, true);
        String reason = text("reason", f.reason(), 4000, true);
        String legalBasis = text("legalBasis", f.legalBasis(), 1000, true);
        AgencyCode owner = agency("owningAgency", f.owningAgency(), true);
        ActionOnHit action = enumValue("actionOnHit", f.actionOnHit(), ActionOnHit.class, true);
        String contact = text("contact", f.contact(), 500, true);
        Set<WarningMarker> markers = EnumSet.noneOf(WarningMarker.class);
        for (int i = 0; i < f.warningMarkers().size(); i++) {
            WarningMarker m = enumValue("warningMarkers[" + i + "]", f.warningMarkers().get(i), WarningMarker.class, true);
            if (m != null) markers.add(m);
        }
        List<AlertLink> links = new ArrayList<>();
        for (int i = 0; i < f.links().size(); i++) {
            AlertFields.LinkFields l = f.links().get(i);
            String at = "links[" + i + "]";
            if (l == null || l.alertId() == null || AlertId.parse(l.alertId()).isEmpty()) {
                problem(at + ".alertId", "Give the id of the linked alert.");
                continue;
            }
            links.add(new AlertLink(AlertId.parse(l.alertId()).get(), text(at + ".note", l.note(), 200, false)));
        }
        LocalDate validFrom = date("validFrom", f.validFrom(), false);
        if (f.validFrom() == null || f.validFrom().isBlank()) {
            validFrom = strict() ? rules.today() : LocalDate.of(1900, 1, 1);
        }
        LocalDate validUntil = date("validUntil", f.validUntil(), false);
        LocalDate reviewDate = date("reviewDate", f.reviewDate(), true);
        Sensitivity sensitivity = f.sensitivity() == null || f.sensitivity().isBlank() ? Sensitivity.OFFICIAL
                : enumValue("sensitivity", f.sensitivity(), Sensitivity.class, true);
        Set<AgencyCode> shared = new LinkedHashSet<>();
        for (int i = 0; i < f.sharedWith().size(); i++) {
            AgencyCode a = agency("sharedWith[" + i + "]", f.sharedWith().get(i), true);
            if (a != null && !a.equals(owner)) shared.add(a);
        }
        boolean inFull = Boolean.TRUE.equals(f.sharedInFull());

        PersonDetails person = null;
        DocumentDetails document = null;
        if (kind == AlertKind.PERSON) {
            if (f.document() != null) problem("document", "A person alert has no document details; list the person's documents under person.documents.");
            person = person(f.person());
        } else if (kind == AlertKind.DOCUMENT) {
            if (f.person() != null) problem("person", "A document alert has no person details.");
            document = document(f.document());
        }

        if (strict()) {
            if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
                problem("validUntil", "The alert cannot end before it starts (" + validFrom + ").");
            }
            if (reviewDate != null) {
                if (validUntil != null && reviewDate.isAfter(validUntil)) {
                    problem("reviewDate", "Review the alert on or before its end of validity (" + validUntil + ").");
                }
                LocalDate latest = rules.today().plus(rules.maxReviewPeriod());
                if (reviewDate.isAfter(latest)) {
                    problem("reviewDate", "Review the alert within " + describe(rules.maxReviewPeriod()) + ", by " + latest + " at the latest.");
                }
            }
            if (inFull && sensitivity == Sensitivity.SECRET) {
                problem("sharedInFull", "A SECRET alert is shared with named agencies only, never in full.");
            }
        }
        if (!problems.isEmpty() || kind == null || reference == null || category == null || owner == null || action == null
                || reviewDate == null || validFrom == null || (person == null && document == null)) {
            return new Result(null, problems);
        }
        AlertContent content = new AlertContent(kind, reference, category, reason, legalBasis, owner, action, contact, markers,
                links, validFrom, validUntil, reviewDate, sensitivity, new Sharing(shared, inFull), person, document);
        return new Result(content, problems);
    }

    private PersonDetails person(AlertFields.PersonFields p) {
        if (p == null) {
            problem("person", "A person alert needs the person's details, at least one name.");
            return null;
        }
        int before = problems.size();
        List<AlertName> names = new ArrayList<>();
        if (p.names().isEmpty()) {
            problem("person.names", "Give at least one name.");
        }
        if (p.names().size() > MAX_NAMES) {
            problem("person.names", "At most " + MAX_NAMES + " names.");
        }
        boolean primarySeen = false;
        for (int i = 0; i < p.names().size() && i < MAX_NAMES; i++) {
            AlertFields.NameFields n = p.names().get(i);
            String at = "person.names[" + i + "]";
            if (n == null) {
                problem(at, "Give the name.");
                continue;
            }
            String text = name(at + ".text", n.text());
            String surname = name(at + ".surname", n.surname());
            String given = name(at + ".givenNames", n.givenNames());
            NameKind kind = n.kind() == null || n.kind().isBlank() ? (primarySeen || i > 0 ? NameKind.ALIAS : NameKind.PRIMARY)
                    : enumValue(at + ".kind", n.kind(), NameKind.class, true);
            if (kind == NameKind.PRIMARY) {
                if (primarySeen) problem(at + ".kind", "An alert has one primary name; mark the others ALIAS.");
                primarySeen = true;
            }
            if (text == null && surname == null && given == null) {
                if (!hasProblemAt(at)) problem(at + ".surname", "Give the surname, the given names or the name as written.");
                continue;
            }
            if (kind != null) {
                names.add(new AlertName(text, surname, given, kind, Boolean.TRUE.equals(n.originalScript())));
            }
        }
        if (!primarySeen && !names.isEmpty()) {
            AlertName first = names.get(0);
            names.set(0, new AlertName(first.text(), first.surname(), first.givenNames(), NameKind.PRIMARY, first.originalScript()));
        }
        List<BirthDateRange> dates = new ArrayList<>();
        for (int i = 0; i < p.datesOfBirth().size(); i++) {
            BirthDateRange r = birthDate("person.datesOfBirth[" + i + "]", p.datesOfBirth().get(i));
            if (r != null && !dates.contains(r)) dates.add(r);
        }
        String place = text("person.placeOfBirth", p.placeOfBirth(), 200, false);
        List<CountryCode> nationalities = new ArrayList<>();
        for (int i = 0; i < p.nationalities().size(); i++) {
            CountryCode c = country("person.nationalities[" + i + "]", p.nationalities().get(i), true);
            if (c != null && !nationalities.contains(c)) nationalities.add(c);
        }
        Sex sex = sex("person.sex", p.sex());
        List<IdentityDocument> documents = new ArrayList<>();
        for (int i = 0; i < p.documents().size(); i++) {
            AlertFields.IdentityDocumentFields d = p.documents().get(i);
            String at = "person.documents[" + i + "]";
            if (d == null) {
                problem(at, "Give the document.");
                continue;
            }
            String type = documentType(at + ".type", d.type());
            CountryCode state = country(at + ".issuingState", d.issuingState(), true);
            String number = documentNumber(at + ".number", d.number());
            if (state != null && number != null) documents.add(new IdentityDocument(type, state, number));
        }
        String photo = text("person.photoReference", p.photoReference(), 500, false);
        if (problems.size() > before || names.isEmpty()) {
            return null;
        }
        return new PersonDetails(names, dates, place, nationalities, sex, documents, photo);
    }

    private DocumentDetails document(AlertFields.DocumentAlertFields d) {
        if (d == null) {
            problem("document", "A document alert needs the document: issuing state, number and reason.");
            return null;
        }
        CountryCode state = country("document.issuingState", d.issuingState(), true);
        String number = documentNumber("document.number", d.number());
        String type = documentType("document.documentType", d.documentType());
        DocumentAlertReason reason = enumValue("document.reason", d.reason(), DocumentAlertReason.class, true);
        String holder = name("document.holderName", d.holderName());
        if (state == null || number == null || reason == null) {
            if (d.issuingState() == null || d.issuingState().isBlank()) problem("document.issuingState", "Give the issuing state.");
            if (d.number() == null || d.number().isBlank()) problem("document.number", "Give the document number.");
            return null;
        }
        return new DocumentDetails(state, number, type, reason, holder);
    }

    private String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) problem(field, "Fill in this field.");
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            problem(field, "At most " + max + " characters.");
            return null;
        }
        if (hasControl(v, true)) {
            problem(field, "Contains control characters.");
            return null;
        }
        return v;
    }

    private String name(String field, String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip().replaceAll("\\s+", " ");
        if (v.length() > MAX_NAME_LENGTH) {
            problem(field, "A name has at most " + MAX_NAME_LENGTH + " characters.");
            return null;
        }
        if (hasControl(v, false)) {
            problem(field, "A name contains no control characters.");
            return null;
        }
        if (v.chars().noneMatch(Character::isLetter)) {
            problem(field, "A name has letters.");
            return null;
        }
        return v;
    }

    private String documentNumber(String field, String value) {
        if (value == null || value.isBlank()) {
            problem(field, "Give the document number.");
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_DOCUMENT_NUMBER_LENGTH || hasControl(v, false) || DocumentKeys.normaliseNumber(v).isEmpty()) {
            problem(field, "A document number has 1 to " + MAX_DOCUMENT_NUMBER_LENGTH + " letters and digits.");
            return null;
        }
        return v;
    }

    private String documentType(String field, String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (!v.matches("[A-Z]{1,2}")) {
            problem(field, "A document type is the ICAO 9303 code: one or two letters (P, PD, ID, I, A, C...).");
            return null;
        }
        return v;
    }

    private CountryCode country(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) problem(field, "Give the country code.");
            return null;
        }
        String raw = value.strip().toUpperCase(Locale.ROOT);
        if (!CountryCode.isWellFormed(raw)) {
            problem(field, "A country code is the ICAO 9303 code (one to three letters), e.g. PLW, D, XXA; not '" + abbreviate(value) + "'.");
            return null;
        }
        CountryCode code = new CountryCode(raw);
        if (strict() && !rules.countries().isKnownCountry(code, rules.today())) {
            problem(field, "The country code " + raw + " is not in the reference data for " + rules.today() + ".");
            return null;
        }
        return code;
    }

    private AgencyCode agency(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) problem(field, "Give the agency code.");
            return null;
        }
        AgencyCode code;
        try {
            code = AgencyCode.of(value);
        } catch (IllegalArgumentException e) {
            problem(field, "An agency code is upper-case letters, digits or _, e.g. POLICE; not '" + abbreviate(value) + "'.");
            return null;
        }
        if (strict() && !rules.knownAgency().test(code)) {
            problem(field, "There is no active agency " + code + ".");
            return null;
        }
        return code;
    }

    private LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) problem(field, "Give a date (YYYY-MM-DD).");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problem(field, "A date reads YYYY-MM-DD, not '" + abbreviate(value) + "'.");
            return null;
        }
    }

    private BirthDateRange birthDate(String field, String value) {
        if (value == null || value.isBlank()) {
            problem(field, "Give the date of birth: 1970, 1970-05, 1970-05-17 or a range 1968/1972.");
            return null;
        }
        String v = value.strip();
        try {
            BirthDateRange range;
            int slash = v.indexOf('/');
            if (slash >= 0) {
                range = new BirthDateRange(PartialDate.parse(v.substring(0, slash)), PartialDate.parse(v.substring(slash + 1)));
            } else {
                range = BirthDateRange.exactly(PartialDate.parse(v));
            }
            if (strict() && range.earliest().year() > rules.today().getYear()) {
                problem(field, "A date of birth lies in the past.");
                return null;
            }
            return range;
        } catch (IllegalArgumentException e) {
            problem(field, "A date of birth reads 1970, 1970-05, 1970-05-17 or a range 1968/1972, not '" + abbreviate(v) + "'.");
            return null;
        }
    }

    private Sex sex(String field, String value) {
        if (value == null || value.isBlank()) return Sex.UNKNOWN;
        return switch (value.strip().toUpperCase(Locale.ROOT)) {
            case "M", "MALE" -> Sex.MALE;
            case "F", "FEMALE" -> Sex.FEMALE;
            case "X", "<", "U", "UNKNOWN" -> Sex.UNKNOWN;
            default -> {
                problem(field, "Sex is M, F or X (unspecified), as in ICAO 9303.");
                yield Sex.UNKNOWN;
            }
        };
    }

    private <E extends Enum<E>> E enumValue(String field, String value, Class<E> type, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) problem(field, "Choose one of " + names(type) + ".");
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            problem(field, "Choose one of " + names(type) + ", not '" + abbreviate(value) + "'.");
            return null;
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    private boolean hasProblemAt(String prefix) {
        return problems.stream().anyMatch(p -> p.field().startsWith(prefix));
    }

    private void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    static boolean hasControl(String s, boolean allowLineBreaks) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (allowLineBreaks && (c == '\n' || c == '\r' || c == '\t')) continue;
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                    || (c >= '\u202A' && c <= '\u202E') || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 40 ? clean : clean.substring(0, 40) + "…";
    }

    private static String describe(Period p) {
        if (p.getMonths() == 0 && p.getDays() == 0) return p.getYears() + " years";
        return p.toString();
    }
}
