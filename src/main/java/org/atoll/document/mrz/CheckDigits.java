package org.atoll.document.mrz;

/**
 * ICAO 9303-3 §4.9 check digits: weights 7, 3, 1 repeating; digits count as their value,
 * A-Z as 10-35, the filler as 0; the check digit is the sum modulo 10.
 */
public final class CheckDigits {

    private static final int[] VALUES = new int[128];

    static {
        java.util.Arrays.fill(VALUES, -1);
        VALUES['<'] = 0;
        for (char c = '0'; c <= '9'; c++) {
            VALUES[c] = c - '0';
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            VALUES[c] = c - 'A' + 10;
        }
    }

    private CheckDigits() {
    }

    /** The value of an MRZ character, or -1 for a character outside the alphabet. */
    public static int value(char c) {
        return c < 128 ? VALUES[c] : -1;
    }

    public static boolean isMrzCharacter(char c) {
        return c < 128 && VALUES[c] >= 0;
    }

    /** The weighted sum of chars[from, to) starting with weight index {@code weightStart} (0 = weight 7). */
    static int weightedSum(char[] chars, int from, int to, int weightStart) {
        int sum = 0;
        int i = from;
        // Bring the weights to the start of a 7-3-1 cycle, then take three characters at a time.
        int phase = weightStart % 3;
        if (phase == 1 && i < to) {
            sum += VALUES[chars[i++]] * 3;
            phase = 2;
        }
        if (phase == 2 && i < to) {
            sum += VALUES[chars[i++]];
        }
        for (; i + 2 < to; i += 3) {
            sum += VALUES[chars[i]] * 7 + VALUES[chars[i + 1]] * 3 + VALUES[chars[i + 2]];
        }
        if (i < to) {
            sum += VALUES[chars[i++]] * 7;
        }
        if (i < to) {
            sum += VALUES[chars[i]] * 3;
        }
        return sum;
    }

    public static char compute(char[] chars, int from, int to) {
        return (char) ('0' + weightedSum(chars, from, to, 0) % 10);
    }

    public static char compute(CharSequence text) {
        int sum = 0;
        for (int i = 0; i < text.length(); i++) {
            int v = value(text.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("'" + text.charAt(i) + "' is not an MRZ character");
            }
            sum += v * (i % 3 == 0 ? 7 : i % 3 == 1 ? 3 : 1);
        }
        return (char) ('0' + sum % 10);
    }

    /** The check digit over several ranges of one buffer taken as one string: {from1, to1, from2, to2...}. */
    public static char computeComposite(char[] chars, int... ranges) {
        int sum = 0;
        int length = 0;
        for (int r = 0; r < ranges.length; r += 2) {
            sum += weightedSum(chars, ranges[r], ranges[r + 1], length);
            length += ranges[r + 1] - ranges[r];
        }
        return (char) ('0' + sum % 10);
    }
}
