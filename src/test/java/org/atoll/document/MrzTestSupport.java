package org.atoll.document;

/** Builds zones by hand for tests, with an independent check digit computation. */
final class MrzTestSupport {

    private MrzTestSupport() {
    }

    /** ICAO 9303-3 §4.9, written out again here so the tests do not trust the code under test. */
    static char check(String s) {
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int v = c == '<' ? 0 : Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * weights[i % 3];
        }
        return (char) ('0' + sum % 10);
    }

    static String pad(String s, int length) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < length) {
            sb.append('<');
        }
        return sb.toString();
    }

    /** A TD3 passport zone with correct check digits. */
    static String td3(String code, String state, String name, String number, String nationality, String birth,
                      char sex, String expiry, String personal) {
        String l1 = pad(code, 2) + pad(state, 3) + pad(name, 39);
        String num = pad(number, 9);
        String pers = pad(personal, 14);
        String persCheck = personal.isEmpty() ? "<" : String.valueOf(check(pers));
        String l2 = num + check(num) + pad(nationality, 3) + birth + check(birth) + sex + expiry + check(expiry) + pers + persCheck;
        String composite = l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43);
        return l1 + "\n" + l2 + check(composite);
    }

    /** A TD1 card zone with correct check digits; {@code number} up to 9 characters. */
    static String td1(String code, String state, String number, String optional1, String birth, char sex,
                      String expiry, String nationality, String optional2, String name) {
        String num = pad(number, 9);
        String l1 = pad(code, 2) + pad(state, 3) + num + check(num) + pad(optional1, 15);
        String l2 = birth + check(birth) + sex + expiry + check(expiry) + pad(nationality, 3) + pad(optional2, 11);
        String composite = l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29);
        return l1 + "\n" + l2 + check(composite) + "\n" + pad(name, 30);
    }

    /** A TD2 zone with correct check digits. */
    static String td2(String code, String state, String name, String number, String nationality, String birth,
                      char sex, String expiry, String optional) {
        String l1 = pad(code, 2) + pad(state, 3) + pad(name, 31);
        String num = pad(number, 9);
        String l2 = num + check(num) + pad(nationality, 3) + birth + check(birth) + sex + expiry + check(expiry) + pad(optional, 7);
        String composite = l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 35);
        return l1 + "\n" + l2 + check(composite);
    }

    /** A visa zone (MRV-A for width 44, MRV-B for 36) with correct check digits. */
    static String mrv(int width, String code, String state, String name, String number, String nationality,
                      String birth, char sex, String expiry, String optional) {
        String l1 = pad(code, 2) + pad(state, 3) + pad(name, width - 5);
        String num = pad(number, 9);
        String l2 = num + check(num) + pad(nationality, 3) + birth + check(birth) + sex + expiry + check(expiry)
                + pad(optional, width - 28);
        return l1 + "\n" + l2;
    }

    /** The zone with the character at line/position (1-based) replaced. */
    static String replaceAt(String zone, int line, int position, char c) {
        String[] lines = zone.split("\n");
        StringBuilder sb = new StringBuilder(lines[line - 1]);
        sb.setCharAt(position - 1, c);
        lines[line - 1] = sb.toString();
        return String.join("\n", lines);
    }
}
