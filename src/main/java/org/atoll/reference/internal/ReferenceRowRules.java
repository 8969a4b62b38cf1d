package org.atoll.reference.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atoll.InvalidRequestException.FieldProblem;
import org.atoll.reference.Carrier;
import org.atoll.reference.CountryCode;
import org.atoll.reference.CountryKind;
import org.atoll.reference.DocumentType;
import org.atoll.reference.PortCode;
import org.atoll.reference.PortOfEntry;

/** Checks and normalises one row of reference data, from a CSV line or a form alike. */
final class ReferenceRowRules {

    private ReferenceRowRules() {
    }

    record Checked(Map<String, Object> values, List<FieldProblem> problems) {
    }

    static Checked check(ReferenceKind kind, Map<String, String> raw) {
        Map<String, Object> v = new LinkedHashMap<>();
        List<FieldProblem> p = new ArrayList<>();
        switch (kind) {
            case COUNTRIES -> {
                String code = upper(raw.get("code"));
                if (!CountryCode.isWellFormed(code)) p.add(new FieldProblem("code", "A country code is one to three letters A-Z."));
                v.put("code", code);
                String a2 = upper(raw.get("alpha2"));
                if (!a2.isEmpty() && !a2.matches("[A-Z]{2}")) p.add(new FieldProblem("alpha2", "Alpha-2 is two letters, or empty."));
                v.put("alpha2", a2.isEmpty() ? null : a2);
                v.put("name", name(raw.get("name"), p));
                v.put("kind", enumValue(CountryKind.class, raw.get("kind"), "kind", p));
            }
            case PORTS -> {
                String locode = upper(raw.get("locode")).replace(" ", "");
                try {
                    new PortCode(locode);
                } catch (IllegalArgumentException e) {
                    p.add(new FieldProblem("locode", e.getMessage()));
                }
                v.put("locode", locode);
                v.put("name", name(raw.get("name"), p));
                v.put("country", country(raw.get("country"), "country", p));
                v.put("port_type", enumValue(PortOfEntry.PortType.class, raw.get("port_type"), "port_type", p));
                String iata = upper(raw.get("iata_code"));
                if (!iata.isEmpty() && !iata.matches("[A-Z]{3}")) p.add(new FieldProblem("iata_code", "An IATA airport code is three letters, or empty."));
                v.put("iata_code", iata.isEmpty() ? null : iata);
            }
            case CARRIERS -> {
                String iata = upper(raw.get("iata_code"));
                if (!iata.isEmpty() && !iata.matches("[A-Z0-9]{2}")) p.add(new FieldProblem("iata_code", "An IATA airline designator is two characters, or empty."));
                v.put("iata_code", iata.isEmpty() ? null : iata);
                String icao = upper(raw.get("icao_code"));
                if (!icao.matches("[A-Z]{3}")) p.add(new FieldProblem("icao_code", "An ICAO designator is three letters."));
                v.put("icao_code", icao);
                v.put("name", name(raw.get("name"), p));
                v.put("mode", enumValue(Carrier.TransportMode.class, raw.get("mode"), "mode", p));
                String country = upper(raw.get("country"));
                v.put("country", country.isEmpty() ? null : country(country, "country", p));
            }
            case DOCUMENT_TYPES -> {
                String code = upper(raw.get("code"));
                if (!code.matches("[A-Z][A-Z<]?")) p.add(new FieldProblem("code", "A document code is one or two letters."));
                v.put("code", code);
                v.put("name", name(raw.get("name"), p));
                v.put("category", enumValue(DocumentType.Category.class, raw.get("category"), "category", p));
            }
        }
        LocalDate from = date(raw.get("valid_from"), "valid_from", p);
        LocalDate to = date(raw.get("valid_to"), "valid_to", p);
        if (from == null && p.stream().noneMatch(x -> x.field().equals("valid_from"))) {
            p.add(new FieldProblem("valid_from", "Give the date from which the row is valid."));
        }
        if (from != null && to != null && to.isBefore(from)) {
            p.add(new FieldProblem("valid_to", "Valid-to must not lie before valid-from."));
        }
        v.put("valid_from", from);
        v.put("valid_to", to);
        return new Checked(v, p);
    }

    private static String upper(String s) {
        return s == null ? "" : s.trim().toUpperCase(Locale.ROOT);
    }

    private static String name(String s, List<FieldProblem> p) {
        String n = s == null ? "" : s.strip();
        if (n.isEmpty() || n.length() > 200 || n.chars().anyMatch(Character::isISOControl)) {
            p.add(new FieldProblem("name", "Give a name of at most 200 characters."));
        }
        return n;
    }

    private static String country(String s, String field, List<FieldProblem> p) {
        String c = upper(s);
        if (!CountryCode.isWellFormed(c)) p.add(new FieldProblem(field, "A country code is one to three letters A-Z."));
        return c;
    }

    private static <E extends Enum<E>> String enumValue(Class<E> type, String s, String field, List<FieldProblem> p) {
        String value = upper(s);
        try {
            return Enum.valueOf(type, value).name();
        } catch (IllegalArgumentException e) {
            p.add(new FieldProblem(field, "Choose one of " + java.util.Arrays.toString(type.getEnumConstants())));
            return value;
        }
    }

    private static LocalDate date(String s, String field, List<FieldProblem> p) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            p.add(new FieldProblem(field, "A date is written YYYY-MM-DD."));
            return null;
        }
    }
}
