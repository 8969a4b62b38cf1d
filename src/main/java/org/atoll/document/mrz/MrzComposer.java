package org.atoll.document.mrz;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.atoll.document.DocumentCode;
import org.atoll.document.GeneratedMrz;
import org.atoll.document.MrzField;
import org.atoll.document.MrzFields;
import org.atoll.document.MrzFormat;
import org.atoll.document.MrzGenerationException;
import org.atoll.document.PartialDate;
import org.atoll.document.PersonName;
import org.atoll.reference.CountryCode;

/** Writes fields into a zone of the requested format, with every check digit. */
public final class MrzComposer {

    private final Transliterator transliterator;

    public MrzComposer(Transliterator transliterator) {
        this.transliterator = transliterator;
    }

    public GeneratedMrz compose(MrzFields f) {
        MrzFormat format = f.format();
        int len = format.lineLength();
        char[] c = new char[format.lines() * len];
        Arrays.fill(c, '<');
        checkDocumentCode(format, f.documentCode());
        put(c, 0, f.documentCode().toMrz());
        put(c, 2, code(f.issuingState()));
        Name name = name(f.name(), format.nameLength());
        put(c, format == MrzFormat.TD1 ? 60 : 5, name.field);

        String number = f.documentNumber().value();
        List<String> optional = optionalData(f);
        int b = format == MrzFormat.TD1 ? 30 : len; // start of the line with dates
        int numberAt = format == MrzFormat.TD1 ? 5 : len;
        int nationalityAt = format == MrzFormat.TD1 ? 45 : b + 10;
        int birthAt = format == MrzFormat.TD1 ? 30 : b + 13;
        switch (format) {
            case TD1 -> {
                writeNumber(c, number, 5, 15, 30, optional.get(0));
                put(c, 48, optional.get(1));
            }
            case TD2 -> writeNumber(c, number, len, len + 28, len + 35, optional.get(0));
            default -> {
                if (number.length() > 9) {
                    throw new MrzGenerationException(MrzField.DOCUMENT_NUMBER, "A " + label(format)
                            + " document number has at most 9 characters; '" + number + "' has " + number.length());
                }
                put(c, numberAt, number);
                c[numberAt + 9] = CheckDigits.compute(c, numberAt, numberAt + 9);
                put(c, b + 28, optional.get(0));
            }
        }
        put(c, nationalityAt, code(f.nationality()));
        put(c, birthAt, birth(f.dateOfBirth()));
        c[birthAt + 6] = CheckDigits.compute(c, birthAt, birthAt + 6);
        c[birthAt + 7] = f.sex().mrzCode();
        put(c, birthAt + 8, yymmdd(f.dateOfExpiry()));
        c[birthAt + 14] = CheckDigits.compute(c, birthAt + 8, birthAt + 14);
        switch (format) {
            case TD1 -> c[59] = CheckDigits.computeComposite(c, 5, 30, 30, 37, 38, 45, 48, 59);
            case TD2 -> c[b + 35] = CheckDigits.computeComposite(c, b, b + 10, b + 13, b + 20, b + 21, b + 35);
            case TD3 -> {
                // ICAO 9303-4: an unused personal number has '<' as its check digit.
                c[b + 42] = optional.get(0).isEmpty() ? '<' : CheckDigits.compute(c, b + 28, b + 42);
                c[b + 43] = CheckDigits.computeComposite(c, b, b + 10, b + 13, b + 20, b + 21, b + 43);
            }
            default -> { }
        }
        String[] lines = new String[format.lines()];
        for (int l = 0; l < lines.length; l++) {
            lines[l] = new String(c, l * len, len);
        }
        return new GeneratedMrz(format, List.of(lines), name.written, name.truncated);
    }

    /**
     * TD1 and TD2: a number longer than 9 characters continues in the optional data, followed by
     * its check digit and a filler, and the usual check digit position holds '<' (ICAO 9303-5 §4.2.4).
     */
    private static void writeNumber(char[] c, String number, int at, int optFrom, int optTo, String optional) {
        char check = CheckDigits.compute(number);
        if (number.length() <= 9) {
            put(c, at, number);
            c[at + 9] = check;
            put(c, optFrom, optional, optTo - optFrom);
            return;
        }
        String overflow = number.substring(9);
        int room = optTo - optFrom;
        int needed = overflow.length() + 1 + (optional.isEmpty() ? 0 : 1 + optional.length());
        if (needed > room) {
            throw new MrzGenerationException(MrzField.DOCUMENT_NUMBER, "The document number '" + number
                    + "' and the optional data do not fit: " + (9 + room - 1) + " characters at most for the number, "
                    + "fewer with optional data");
        }
        put(c, at, number.substring(0, 9));
        c[at + 9] = '<';
        put(c, optFrom, overflow);
        c[optFrom + overflow.length()] = check;
        if (!optional.isEmpty()) {
            put(c, optFrom + overflow.length() + 2, optional);
        }
    }

    private List<String> optionalData(MrzFields f) {
        MrzFormat format = f.format();
        int[] room = switch (format) {
            case TD1 -> new int[] {15, 11};
            case TD2 -> new int[] {7};
            case TD3 -> new int[] {14};
            case MRV_A -> new int[] {16};
            case MRV_B -> new int[] {8};
        };
        List<String> given = f.optionalData();
        if (given.size() > room.length) {
            throw new MrzGenerationException(MrzField.OPTIONAL_DATA, "A " + label(format) + " has " + room.length
                    + " optional data field" + (room.length == 1 ? "" : "s") + ", not " + given.size());
        }
        String[] result = new String[room.length];
        for (int i = 0; i < room.length; i++) {
            String value = i < given.size() && given.get(i) != null ? given.get(i) : "";
            value = value.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '<');
            int end = value.length();
            while (end > 0 && value.charAt(end - 1) == '<') {
                end--;
            }
            value = value.substring(0, end);
            MrzField field = i == 0 ? MrzField.OPTIONAL_DATA : MrzField.OPTIONAL_DATA_2;
            for (int k = 0; k < value.length(); k++) {
                if (!CheckDigits.isMrzCharacter(value.charAt(k))) {
                    throw new MrzGenerationException(field, "Optional data holds only A-Z, 0-9 and '<', not '" + value.charAt(k) + "'");
                }
            }
            if (value.length() > room[i]) {
                throw new MrzGenerationException(field, "Optional data field " + (i + 1) + " of a " + label(format)
                        + " has at most " + room[i] + " characters; '" + value + "' has " + value.length());
            }
            result[i] = value;
        }
        return List.of(result);
    }

    private static void checkDocumentCode(MrzFormat format, DocumentCode code) {
        boolean fits = switch (format) {
            case TD3 -> code.isPassport();
            case MRV_A, MRV_B -> code.isVisa();
            // ICAO 9303-5 and -6: V is not used as the second letter of I, A and C documents.
            case TD1, TD2 -> code.isIdentityDocument() && !code.value().equals(code.type() + "V");
        };
        if (!fits) {
            throw new MrzGenerationException(MrzField.DOCUMENT_CODE, "Document code '" + code + "' does not fit a "
                    + label(format) + ": " + switch (format) {
                        case TD3 -> "a passport code starts with P";
                        case MRV_A, MRV_B -> "a visa code starts with V";
                        default -> "an identity document code starts with I, A or C and has no second letter V";
                    });
        }
    }

    private record Name(String field, PersonName written, boolean truncated) {
    }

    /**
     * ICAO 9303-3 §4.6 truncation: when the name does not fit, the secondary identifier is cut
     * first; the primary identifier is cut only so far as to leave '<<' and at least one
     * character of the secondary identifier, or the whole field when there is none. A cut
     * name fills the field to its last position where it can, which readers take as a sign of truncation.
     */
    private Name name(PersonName name, int width) {
        String primary = transliterate(name.primaryIdentifier());
        String secondary = transliterate(name.secondaryIdentifier());
        if (primary.isEmpty() && secondary.isEmpty()) {
            throw new MrzGenerationException(MrzField.NAME, "The name has no letters to write in the MRZ");
        }
        String field;
        boolean truncated = false;
        if (secondary.isEmpty()) {
            field = primary;
            if (field.length() > width) {
                primary = stripFillers(primary.substring(0, width));
                field = primary;
                truncated = true;
            }
        } else {
            field = primary + "<<" + secondary;
            if (field.length() > width) {
                truncated = true;
                if (primary.length() > width - 3) {
                    primary = stripFillers(primary.substring(0, width - 3));
                }
                int room = width - primary.length() - 2;
                secondary = stripFillers(secondary.substring(0, Math.min(room, secondary.length())));
                field = primary + "<<" + secondary;
            }
        }
        return new Name(field, new PersonName(primary.replace('<', ' '), secondary.replace('<', ' ')), truncated);
    }

    private String transliterate(String part) {
        try {
            return transliterator.toMrz(part);
        } catch (IllegalArgumentException e) {
            throw new MrzGenerationException(MrzField.NAME, e.getMessage());
        }
    }

    private static String stripFillers(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '<') {
            end--;
        }
        return s.substring(0, end);
    }

    private static String birth(PartialDate date) {
        if (date == null) {
            return "<<<<<<";
        }
        String yy = two(date.year() % 100);
        return switch (date.precision()) {
            case YEAR -> yy + "<<<<";
            case MONTH -> yy + two(date.month().getAsInt()) + "<<";
            case DAY -> yy + two(date.month().getAsInt()) + two(date.day().getAsInt());
        };
    }

    private static String yymmdd(LocalDate date) {
        return two(date.getYear() % 100) + two(date.getMonthValue()) + two(date.getDayOfMonth());
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static String code(CountryCode code) {
        return code.value();
    }

    private static String label(MrzFormat format) {
        return format.name().replace('_', '-');
    }

    private static void put(char[] c, int at, String s) {
        s.getChars(0, s.length(), c, at);
    }

    private static void put(char[] c, int at, String s, int max) {
        s.getChars(0, Math.min(s.length(), max), c, at);
    }
}
