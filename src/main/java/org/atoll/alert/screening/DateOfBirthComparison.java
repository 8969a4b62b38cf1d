package org.atoll.alert.screening;

import java.util.List;

/** Compares the traveller's date of birth with each of the alert's and keeps the best agreement. */
final class DateOfBirthComparison {

    private DateOfBirthComparison() {
    }

    static DateOfBirthAgreement compare(PartialDate traveller, List<BirthDateRange> alert) {
        if (traveller == null || alert.isEmpty()) {
            return DateOfBirthAgreement.NOT_COMPARED;
        }
        DateOfBirthAgreement best = DateOfBirthAgreement.CONFLICT;
        for (BirthDateRange range : alert) {
            DateOfBirthAgreement a = range.isSingleDate() ? compare(traveller, range.earliest()) : compare(traveller, range);
            if (a.ordinal() < best.ordinal()) {
                best = a;
            }
        }
        return best;
    }

    private static DateOfBirthAgreement compare(PartialDate t, BirthDateRange r) {
        int from = r.earliest().year();
        int to = r.latest().year();
        if (t.year() >= from && t.year() <= to) return DateOfBirthAgreement.WITHIN_RANGE;
        if (t.year() >= from - 2 && t.year() <= to + 2) return DateOfBirthAgreement.NEAR;
        return DateOfBirthAgreement.CONFLICT;
    }

    private static DateOfBirthAgreement compare(PartialDate t, PartialDate a) {
        if (t.isComplete() && a.isComplete()) {
            if (t.equals(a)) return DateOfBirthAgreement.EXACT;
            if (t.year() == a.year() && t.day() == a.month() && t.month() == a.day()) {
                return DateOfBirthAgreement.DAY_MONTH_SWAPPED;
            }
            if (oneDigitApart(fullDate(t), fullDate(a))) return DateOfBirthAgreement.ONE_DIGIT_DIFFERS;
            if (t.year() == a.year()) return DateOfBirthAgreement.SAME_YEAR;
        } else {
            boolean monthsAgree = t.month() == 0 || a.month() == 0 || t.month() == a.month();
            if (t.year() == a.year()) {
                return monthsAgree ? DateOfBirthAgreement.CONSISTENT : DateOfBirthAgreement.SAME_YEAR;
            }
            // a year alone differing by one digit is no evidence of a typo: most years of a decade do
        }
        return Math.abs(t.year() - a.year()) <= 2 ? DateOfBirthAgreement.NEAR : DateOfBirthAgreement.CONFLICT;
    }

    /** {@code yyyy-mm-dd} as {@link PartialDate#toString()} writes a full date, without String.format (hot path). */
    static String fullDate(PartialDate d) {
        char[] c = new char[10];
        int y = d.year();
        c[0] = (char) ('0' + y / 1000 % 10);
        c[1] = (char) ('0' + y / 100 % 10);
        c[2] = (char) ('0' + y / 10 % 10);
        c[3] = (char) ('0' + y % 10);
        c[4] = '-';
        c[5] = (char) ('0' + d.month() / 10);
        c[6] = (char) ('0' + d.month() % 10);
        c[7] = '-';
        c[8] = (char) ('0' + d.day() / 10);
        c[9] = (char) ('0' + d.day() % 10);
        return new String(c);
    }

    /** One digit mistyped, or two adjacent digits swapped. */
    static boolean oneDigitApart(String x, String y) {
        if (x.length() != y.length()) return false;
        int diffs = 0;
        int first = -1;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                if (diffs == 0) first = i;
                diffs++;
            }
        }
        if (diffs == 1) return true;
        return diffs == 2 && Similarity.isTransposition(x, y) && first >= 0;
    }
}
