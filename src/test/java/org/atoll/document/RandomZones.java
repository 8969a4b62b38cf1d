package org.atoll.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A seeded generator of fields that every format can hold, for property tests and the benchmark. */
final class RandomZones {

    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String[] CODES = {"UTO", "D", "GBD", "XXA", "XXB", "UNO", "EUE", "PLW", "USA", "CHN", "RUS"};
    private static final String[] NATIONAL = {"Müller", "Ødegård", "Щеглова", "Παπαδόπουλος", "Caçador", "Łukasz", "Søren", "Ñúñez"};

    private final Random random;
    private final LocalDate today;

    RandomZones(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    MrzFormat format() {
        return MrzFormat.values()[random.nextInt(MrzFormat.values().length)];
    }

    MrzFields fields(MrzFormat format) {
        MrzFields.Builder b = MrzFields.builder(format);
        char second = random.nextInt(3) == 0 ? LETTERS.charAt(random.nextInt(26)) : 0;
        char type = switch (format) {
            case TD3 -> 'P';
            case MRV_A, MRV_B -> 'V';
            default -> "IAC".charAt(random.nextInt(3));
        };
        if (second == 'V' && !(type == 'P' || type == 'V')) {
            second = 'D';
        }
        b.documentCode(second == 0 ? String.valueOf(type) : "" + type + second);
        b.issuingState(pick(CODES)).nationality(pick(CODES));
        b.name(name(1 + random.nextInt(3)), random.nextInt(8) == 0 ? "" : name(random.nextInt(4)));
        int optionalRoom1 = switch (format) {
            case TD1 -> 15;
            case TD2 -> 7;
            case TD3 -> 14;
            case MRV_A -> 16;
            case MRV_B -> 8;
        };
        int numberLength = 1 + random.nextInt(9);
        String optional1;
        if ((format == MrzFormat.TD1 || format == MrzFormat.TD2) && random.nextBoolean()) {
            int overflow = 1 + random.nextInt(optionalRoom1 - 1);
            numberLength = 9 + overflow;
            int left = optionalRoom1 - overflow - 2;
            optional1 = left > 0 && random.nextBoolean() ? optional(left) : "";
        } else {
            optional1 = optional(optionalRoom1);
        }
        b.documentNumber(text(ALNUM, numberLength));
        b.optionalData(format == MrzFormat.TD1 ? new String[] {optional1, optional(11)} : new String[] {optional1});
        // Dates within the windows a reading on 'today' resolves to.
        LocalDate birth = today.minusDays(random.nextInt(99 * 365));
        b.dateOfBirth(switch (random.nextInt(10)) {
            case 0 -> null;
            case 1 -> PartialDate.ofYear(birth.getYear());
            case 2 -> PartialDate.ofYearMonth(birth.getYear(), birth.getMonthValue());
            default -> PartialDate.of(birth);
        });
        b.dateOfExpiry(today.minusYears(20).plusDays(random.nextInt(49 * 365)));
        b.sex(Sex.values()[random.nextInt(3)]);
        return b.build();
    }

    private String name(int components) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < components; i++) {
            parts.add(random.nextInt(10) == 0 ? pick(NATIONAL) : text(LETTERS, 1 + random.nextInt(12)));
        }
        return String.join(random.nextInt(5) == 0 ? "-" : " ", parts);
    }

    private String optional(int room) {
        if (random.nextInt(3) == 0) {
            return "";
        }
        String s = text(ALPHABET, 1 + random.nextInt(room));
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '<') {
            end--;
        }
        return s.substring(0, end);
    }

    String text(String alphabet, int length) {
        char[] c = new char[length];
        for (int i = 0; i < length; i++) {
            c[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(c);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
