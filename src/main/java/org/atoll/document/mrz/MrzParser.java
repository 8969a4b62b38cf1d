package org.atoll.document.mrz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.atoll.document.CheckDigitResult;
import org.atoll.document.DocumentCode;
import org.atoll.document.DocumentNumber;
import org.atoll.document.ExpiryStatus;
import org.atoll.document.MrzError;
import org.atoll.document.MrzField;
import org.atoll.document.MrzFormat;
import org.atoll.document.MrzReading;
import org.atoll.document.MrzWarning;
import org.atoll.document.PartialDate;
import org.atoll.document.PersonName;
import org.atoll.document.Sex;
import org.atoll.reference.CountryCode;
import org.atoll.reference.KnownCodes;

/**
 * Reads and validates a zone in one pass over a char buffer: no regular expressions, no
 * substrings except for the values it returns. Offsets below are 0-based into all lines
 * laid end to end; messages give 1-based line and position as printed.
 */
public final class MrzParser {

    private static final java.util.Comparator<MrzError> BY_PLACE =
            java.util.Comparator.comparingInt(MrzError::line).thenComparingInt(MrzError::position);

    // ICAO 9303-5, -6, -4: the composite check digit's ranges, as [from, to) offsets into the lines laid end to end.
    private static final int[] TD1_COMPOSITE = {5, 30, 30, 37, 38, 45, 48, 59};
    private static final int[] TD2_COMPOSITE = {36, 46, 49, 56, 57, 71};
    private static final int[] TD3_COMPOSITE = {44, 54, 57, 64, 65, 87};

    private final KnownCodes knownCodes;
    private final int expiryYearsAhead;

    /**
     * @param expiryYearsAhead how far in the future a two-digit expiry year may reach: an expiry
     *                         year is read in the hundred years ending that many years after today
     */
    public MrzParser(KnownCodes knownCodes, int expiryYearsAhead) {
        this.knownCodes = java.util.Objects.requireNonNull(knownCodes, "knownCodes");
        if (expiryYearsAhead < 1 || expiryYearsAhead > 99) {
            throw new IllegalArgumentException("expiryYearsAhead must be 1-99");
        }
        this.expiryYearsAhead = expiryYearsAhead;
    }

    public MrzReading read(String scanned, LocalDate today, int expiryWarningMonths) {
        java.util.Objects.requireNonNull(today, "today");
        ScannedInput input = ScannedInput.of(scanned);
        return new Run(input, today, expiryWarningMonths).read();
    }

    private final class Run {
        private final char[] c;
        private final int len;
        private final ScannedInput input;
        private final LocalDate today;
        private final int warningMonths;
        private List<MrzError> errors = List.of();
        private CheckDigitResult check0, check1, check2, check3, check4;
        private int checkCount;
        private List<MrzWarning> warnings;
        private MrzFormat format;

        Run(ScannedInput input, LocalDate today, int warningMonths) {
            this.input = input;
            this.c = input.chars();
            this.len = input.lineLength();
            this.today = today;
            this.warningMonths = warningMonths;
        }

        MrzReading read() {
            format = detectFormat();
            MrzReading.Builder reading = MrzReading.builder(format, input.chars(), today);
            reading.documentCode(documentCode());
            CountryCode issuingState = country(2, MrzField.ISSUING_STATE, "issuing state");
            reading.issuingState(issuingState);
            checkKnown(issuingState, MrzField.ISSUING_STATE, "Issuing state");
            if (format == MrzFormat.TD1) {
                readTd1(reading);
            } else {
                readTwoLine(reading);
            }
            int nameStart = format == MrzFormat.TD1 ? 60 : 5;
            readName(reading, nameStart, nameStart + format.nameLength());
            if (errors.size() > 1) {
                errors.sort(BY_PLACE);
            }
            reading.checkDigits(switch (checkCount) {
                case 3 -> List.of(check0, check1, check2);
                case 4 -> List.of(check0, check1, check2, check3);
                default -> List.of(check0, check1, check2, check3, check4);
            }).errors(errors);
            if (warnings != null) {
                reading.warnings(warnings);
            }
            return reading.build();
        }

        private MrzFormat detectFormat() {
            char type = c[0];
            if (input.lineCount() == 3) {
                return MrzFormat.TD1;
            }
            if (len == 44) {
                return type == 'V' ? MrzFormat.MRV_A : MrzFormat.TD3;
            }
            return type == 'V' ? MrzFormat.MRV_B : MrzFormat.TD2;
        }

        private DocumentCode documentCode() {
            char type = c[0];
            char second = c[1];
            if (type < 'A' || type > 'Z') {
                error(MrzField.DOCUMENT_CODE, 0, "The document code starts with a letter (P, V, I, A or C), not '" + type + "'");
                return null;
            }
            if (second != '<' && (second < 'A' || second > 'Z')) {
                error(MrzField.DOCUMENT_CODE, 1, "The second character of the document code is a letter or '<', not '" + second + "'");
                return null;
            }
            boolean identity = type == 'I' || type == 'A' || type == 'C';
            switch (format) {
                case TD3 -> {
                    if (type != 'P') {
                        error(MrzField.DOCUMENT_CODE, 0, "A 2x44 zone is a passport (P) or a visa (V), not document code '" + type + "'");
                    }
                }
                case MRV_A, MRV_B -> { }
                default -> {
                    if (!identity) {
                        error(MrzField.DOCUMENT_CODE, 0, "A " + (format == MrzFormat.TD1 ? "3x30 (TD1)" : "2x36 (TD2)")
                                + " zone is an identity document with code I, A or C" + (type == 'V' ? "" : " or a visa (V, 2x36)")
                                + ", not '" + type + "'");
                    } else if (second == 'V') {
                        // ICAO 9303-5 and -6: V is not used as the second letter of I, A and C documents.
                        error(MrzField.DOCUMENT_CODE, 1, "V is not allowed as the second letter of an identity document code");
                    }
                }
            }
            return DocumentCode.fromMrz(type, second);
        }

        private void readTd1(MrzReading.Builder reading) {
            readDocumentNumber(reading, 5, 14, 15, 30);
            CountryCode nationality = country(45, MrzField.NATIONALITY, "nationality");
            reading.nationality(nationality);
            checkKnown(nationality, MrzField.NATIONALITY, "Nationality");
            readBirth(reading, 30);
            readSex(reading, 37);
            readExpiry(reading, 38);
            String opt2 = optional(48, 59);
            reading.optionalData(List.of(optional1 == null ? optional(15, 30) : optional1, opt2));
            composite(59, TD1_COMPOSITE);
        }

        private void readTwoLine(MrzReading.Builder reading) {
            int b = len;
            int optEnd = format == MrzFormat.TD3 ? b + 42 : format == MrzFormat.TD2 ? b + 35 : 2 * len;
            if (format == MrzFormat.TD2) {
                readDocumentNumber(reading, b, b + 9, b + 28, optEnd);
            } else {
                readDocumentNumber(reading, b, b + 9, -1, -1);
            }
            CountryCode nationality = country(b + 10, MrzField.NATIONALITY, "nationality");
            reading.nationality(nationality);
            checkKnown(nationality, MrzField.NATIONALITY, "Nationality");
            readBirth(reading, b + 13);
            readSex(reading, b + 20);
            readExpiry(reading, b + 21);
            String opt = optional1 != null ? optional1 : optional(b + 28, optEnd);
            reading.optionalData(List.of(opt));
            if (format == MrzFormat.TD3) {
                personalNumberCheck(b + 28, b + 42);
                composite(b + 43, TD3_COMPOSITE);
            } else if (format == MrzFormat.TD2) {
                composite(b + 35, TD2_COMPOSITE);
            }
        }

        /** The optional data left after a TD1/TD2 document number continuation, or null when there is none. */
        private String optional1;

        /**
         * The document number in [from, to) with its check digit at {@code to}. In TD1 and TD2 a
         * filler in the check digit position means the number continues in the optional data
         * [optFrom, optTo), followed by its check digit and a filler (ICAO 9303-5 §4.2.4, 9303-6).
         */
        private void readDocumentNumber(MrzReading.Builder reading, int from, int to, int optFrom, int optTo) {
            int checkAt = to;
            if (c[checkAt] == '<' && optFrom >= 0) {
                readLongDocumentNumber(reading, from, to, optFrom, optTo);
                return;
            }
            int end = trimFillers(from, to);
            String number = end == from ? null : alphanumeric(from, end, MrzField.DOCUMENT_NUMBER, "document number");
            if (end == from) {
                error(MrzField.DOCUMENT_NUMBER, from, "The document number is missing");
            }
            if (number != null) {
                reading.documentNumber(new DocumentNumber(number));
            }
            checkDigit(MrzField.DOCUMENT_NUMBER, MrzField.DOCUMENT_NUMBER_CHECK_DIGIT, checkAt,
                    CheckDigits.compute(c, from, to), "document number");
        }

        private void readLongDocumentNumber(MrzReading.Builder reading, int from, int to, int optFrom, int optTo) {
            int terminator = optFrom;
            while (terminator < optTo && c[terminator] != '<') {
                terminator++;
            }
            if (terminator == optFrom) {
                error(MrzField.DOCUMENT_NUMBER_CHECK_DIGIT, to,
                        "The document number check digit is '<', which only marks a number continued in the optional data, and the optional data does not continue it");
                int end = trimFillers(from, to);
                if (end > from) {
                    String number = alphanumeric(from, end, MrzField.DOCUMENT_NUMBER, "document number");
                    if (number != null) {
                        reading.documentNumber(new DocumentNumber(number));
                    }
                } else {
                    error(MrzField.DOCUMENT_NUMBER, from, "The document number is missing");
                }
                return;
            }
            int checkAt = terminator - 1;
            int overflowEnd = checkAt;
            boolean ok = true;
            for (int i = from; i < to; i++) {
                if (c[i] == '<') {
                    error(MrzField.DOCUMENT_NUMBER, i,
                            "A document number continued in the optional data fills all 9 positions; this one has a filler");
                    ok = false;
                    break;
                }
            }
            if (overflowEnd == optFrom) {
                error(MrzField.DOCUMENT_NUMBER, optFrom,
                        "The document number is marked as continued in the optional data, but only its check digit is there");
            }
            if (ok) {
                StringBuilder number = new StringBuilder(to - from + overflowEnd - optFrom);
                number.append(c, from, to - from).append(c, optFrom, overflowEnd - optFrom);
                reading.documentNumber(new DocumentNumber(number.toString()));
            }
            // The check digit covers the whole number, without the filler at the usual check digit position.
            int sum = CheckDigits.weightedSum(c, from, to, 0) + CheckDigits.weightedSum(c, optFrom, overflowEnd, to - from);
            checkDigit(MrzField.DOCUMENT_NUMBER, MrzField.DOCUMENT_NUMBER_CHECK_DIGIT, checkAt,
                    (char) ('0' + sum % 10), "document number");
            optional1 = terminator >= optTo ? "" : optional(terminator + 1, optTo);
        }

        private void readBirth(MrzReading.Builder reading, int at) {
            checkDigit(MrzField.DATE_OF_BIRTH, MrzField.DATE_OF_BIRTH_CHECK_DIGIT, at + 6,
                    CheckDigits.compute(c, at, at + 6), "date of birth");
            int known = 0;
            while (known < 6 && isDigit(c[at + known])) {
                known++;
            }
            for (int i = known; i < 6; i++) {
                if (c[at + i] != '<') {
                    error(MrzField.DATE_OF_BIRTH, at + i, "The date of birth is YYMMDD in digits, with unknown parts as '<' from the right; '"
                            + c[at + i] + "' at this position is neither");
                    return;
                }
            }
            if (known == 0) {
                return; // ICAO 9303-3: a wholly unknown date of birth is written as fillers.
            }
            if (known != 2 && known != 4 && known != 6) {
                error(MrzField.DATE_OF_BIRTH, at + known, "A partly unknown date of birth keeps its year (YY<<<<) or year and month (YYMM<<)");
                return;
            }
            int yy = twoDigits(at);
            int month = known >= 4 ? twoDigits(at + 2) : 0;
            int day = known == 6 ? twoDigits(at + 4) : 0;
            if (known >= 4 && (month < 1 || month > 12)) {
                error(MrzField.DATE_OF_BIRTH, at + 2, "The date of birth has month " + two(month) + ", which does not exist");
                return;
            }
            int year = DateWindows.birthYear(yy, month, day, today);
            if (known == 6 && (day < 1 || day > daysInMonth(year, month))) {
                error(MrzField.DATE_OF_BIRTH, at + 4, "The date of birth " + new String(c, at, 6) + " does not exist (day " + two(day) + ")");
                return;
            }
            reading.dateOfBirth(known == 6 ? PartialDate.of(year, month, day)
                    : known == 4 ? PartialDate.ofYearMonth(year, month) : PartialDate.ofYear(year));
        }

        private void readExpiry(MrzReading.Builder reading, int at) {
            checkDigit(MrzField.DATE_OF_EXPIRY, MrzField.DATE_OF_EXPIRY_CHECK_DIGIT, at + 6,
                    CheckDigits.compute(c, at, at + 6), "date of expiry");
            for (int i = at; i < at + 6; i++) {
                if (!isDigit(c[i])) {
                    error(MrzField.DATE_OF_EXPIRY, i, "The date of expiry is YYMMDD in digits; '" + c[i] + "' is not a digit");
                    return;
                }
            }
            int month = twoDigits(at + 2);
            int day = twoDigits(at + 4);
            if (month < 1 || month > 12) {
                error(MrzField.DATE_OF_EXPIRY, at + 2, "The date of expiry has month " + two(month) + ", which does not exist");
                return;
            }
            int year = DateWindows.expiryYear(twoDigits(at), today, expiryYearsAhead);
            if (day < 1 || day > daysInMonth(year, month)) {
                error(MrzField.DATE_OF_EXPIRY, at + 4, "The date of expiry " + new String(c, at, 6) + " does not exist (day " + two(day) + ")");
                return;
            }
            LocalDate expiry = LocalDate.of(year, month, day);
            reading.dateOfExpiry(expiry);
            if (expiry.isBefore(today)) {
                reading.expiryStatus(ExpiryStatus.EXPIRED);
                warn(MrzWarning.Kind.EXPIRED, MrzField.DATE_OF_EXPIRY, "The document expired on " + expiry);
            } else if (warningMonths > 0 && expiry.isBefore(warningLimit(today, warningMonths))) {
                reading.expiryStatus(ExpiryStatus.EXPIRES_SOON);
                warn(MrzWarning.Kind.EXPIRES_SOON, MrzField.DATE_OF_EXPIRY,
                        "The document expires on " + expiry + ", within " + warningMonths + " months");
            } else {
                reading.expiryStatus(ExpiryStatus.VALID);
            }
        }

        private void readSex(MrzReading.Builder reading, int at) {
            Sex sex = Sex.fromMrzCode(c[at]);
            if (sex == null) {
                error(MrzField.SEX, at, "Sex is F, M or '<' (unspecified), not '" + c[at] + "'");
            }
            reading.sex(sex);
        }

        /** ICAO 9303-4: the personal number check digit may be '<' when the field is all fillers. */
        private void personalNumberCheck(int from, int to) {
            char expected = CheckDigits.compute(c, from, to);
            if (c[to] == '<' && trimFillers(from, to) == from) {
                addCheck(new CheckDigitResult(MrzField.OPTIONAL_DATA, expected, '<', true, line(to), position(to)));
                return;
            }
            checkDigit(MrzField.OPTIONAL_DATA, MrzField.OPTIONAL_DATA_CHECK_DIGIT, to, expected, "optional data (personal number)");
        }

        private void composite(int checkAt, int[] ranges) {
            checkDigit(MrzField.COMPOSITE, MrzField.COMPOSITE_CHECK_DIGIT, checkAt,
                    CheckDigits.computeComposite(c, ranges), "composite");
        }

        private void checkDigit(MrzField field, MrzField digitField, int at, char expected, String what) {
            char found = c[at];
            boolean valid = found == expected;
            addCheck(new CheckDigitResult(field, expected, found, valid, line(at), position(at)));
            if (valid) {
                return;
            }
            if (found == '<') {
                error(digitField, at, "The " + what + " check digit is '<', which ICAO 9303 does not allow here; it should be " + expected);
            } else if (!isDigit(found)) {
                error(digitField, at, "The " + what + " check digit is '" + found + "', not a digit; it should be " + expected);
            } else {
                error(digitField, at, "The " + what + " check digit is " + found + " but the " + what + " gives " + expected);
            }
        }

        private CountryCode country(int at, MrzField field, String what) {
            CountryCode code = CountryCodes.read(c, at);
            if (code == null) {
                error(field, at, "The " + what + " is one to three letters followed by '<' fillers, not '" + new String(c, at, 3) + "'");
            }
            return code;
        }

        private void checkKnown(CountryCode code, MrzField field, String what) {
            if (code != null && !knownCodes.isKnownCountry(code, today)) {
                warn(MrzWarning.Kind.UNKNOWN_CODE, field, what + " '" + code + "' is not a known state or organisation code on " + today);
            }
        }

        /**
         * ICAO 9303-3 §4.6: primary and secondary identifiers are separated by the first '<<';
         * without one the whole field is the primary identifier; a leading '<<' means no primary
         * identifier; a name cut to fit ends in a letter in the last position.
         */
        private void readName(MrzReading.Builder reading, int from, int to) {
            int end = from;        // after the last letter
            int separator = -1;    // the first '<<'
            for (int i = from; i < to; i++) {
                char ch = c[i];
                if (ch >= 'A' && ch <= 'Z') {
                    end = i + 1;
                } else if (ch == '<') {
                    if (separator < 0 && i + 1 < to && c[i + 1] == '<') {
                        separator = i;
                    }
                } else {
                    error(MrzField.NAME, i, "A name in the MRZ holds only letters A-Z and '<', not '" + ch + "'");
                    return;
                }
            }
            if (end == from) {
                error(MrzField.NAME, from, "The name is missing");
                return;
            }
            String primary;
            String secondary;
            if (separator < 0 || separator >= end) {
                primary = words(from, end);
                secondary = "";
            } else {
                primary = words(from, separator);
                secondary = words(separator + 2, end);
            }
            reading.name(new PersonName(primary, secondary), c[to - 1] != '<');
        }

        /** The letters in [from, to) with each run of fillers turned into one space. */
        private String words(int from, int to) {
            while (from < to && c[from] == '<') {
                from++;
            }
            while (to > from && c[to - 1] == '<') {
                to--;
            }
            boolean plain = true;
            for (int i = from; i < to; i++) {
                if (c[i] == '<') {
                    plain = false;
                    break;
                }
            }
            if (plain) {
                return new String(c, from, to - from);
            }
            char[] out = new char[to - from];
            int n = 0;
            for (int i = from; i < to; i++) {
                if (c[i] != '<') {
                    out[n++] = c[i];
                } else if (c[i - 1] != '<') {
                    out[n++] = ' ';
                }
            }
            return new String(out, 0, n);
        }

        private String optional(int from, int to) {
            int end = trimFillers(from, to);
            return end == from ? "" : new String(c, from, end - from);
        }

        private String alphanumeric(int from, int to, MrzField field, String what) {
            for (int i = from; i < to; i++) {
                if (c[i] == '<') {
                    error(field, i, "The " + what + " has a filler '<' inside it");
                    return null;
                }
            }
            return new String(c, from, to - from);
        }

        private int trimFillers(int from, int to) {
            while (to > from && c[to - 1] == '<') {
                to--;
            }
            return to;
        }

        private int twoDigits(int at) {
            return (c[at] - '0') * 10 + (c[at + 1] - '0');
        }

        private void addCheck(CheckDigitResult result) {
            switch (checkCount++) {
                case 0 -> check0 = result;
                case 1 -> check1 = result;
                case 2 -> check2 = result;
                case 3 -> check3 = result;
                default -> check4 = result;
            }
        }

        private void error(MrzField field, int at, String message) {
            if (errors.isEmpty()) {
                errors = new ArrayList<>(4);
            }
            errors.add(new MrzError(field, line(at), position(at), message));
        }

        private void warn(MrzWarning.Kind kind, MrzField field, String message) {
            if (warnings == null) {
                warnings = new ArrayList<>(2);
            }
            warnings.add(new MrzWarning(kind, field, message));
        }

        // Comparisons rather than division: these run for every check digit of every reading.
        private int line(int at) {
            return at < len ? 1 : at < 2 * len ? 2 : 3;
        }

        private int position(int at) {
            return at < len ? at + 1 : at < 2 * len ? at - len + 1 : at - 2 * len + 1;
        }
    }

    /** The last reading date and warning period with the date they give; readings mostly share both. */
    private record WarningLimit(LocalDate today, int months, LocalDate limit) {
    }

    private volatile WarningLimit lastWarningLimit = new WarningLimit(LocalDate.MIN, 0, LocalDate.MIN);

    private LocalDate warningLimit(LocalDate today, int months) {
        WarningLimit last = lastWarningLimit;
        if (last.months() != months || !last.today().equals(today)) {
            last = new WarningLimit(today, months, today.plusMonths(months));
            lastWarningLimit = last;
        }
        return last.limit();
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
