package org.atoll.alert.screening;

/** String distances on normalised tokens, allocation-free for the hot path. */
final class Similarity {

    private Similarity() {
    }

    static double jaroWinkler(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) return 0;
        if (a.equals(b)) return 1;
        int range = Math.max(0, Math.max(la, lb) / 2 - 1);
        long aMatched = 0; // names are short: bit sets in longs, falling back to arrays beyond 64
        long bMatched = 0;
        if (la > 64 || lb > 64) return jaroWinklerLong(a, b);
        int matches = 0;
        for (int i = 0; i < la; i++) {
            char c = a.charAt(i);
            int from = Math.max(0, i - range);
            int to = Math.min(lb - 1, i + range);
            for (int j = from; j <= to; j++) {
                if ((bMatched & (1L << j)) == 0 && b.charAt(j) == c) {
                    aMatched |= 1L << i;
                    bMatched |= 1L << j;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) return 0;
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < la; i++) {
            if ((aMatched & (1L << i)) != 0) {
                while ((bMatched & (1L << j)) == 0) j++;
                if (a.charAt(i) != b.charAt(j)) transpositions++;
                j++;
            }
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        int max = Math.min(4, Math.min(la, lb));
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) prefix++;
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    private static double jaroWinklerLong(String a, String b) {
        int la = a.length();
        int lb = b.length();
        int range = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] am = new boolean[la];
        boolean[] bm = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            for (int j = Math.max(0, i - range); j <= Math.min(lb - 1, i + range); j++) {
                if (!bm[j] && a.charAt(i) == b.charAt(j)) {
                    am[i] = bm[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) return 0;
        int t = 0;
        for (int i = 0, j = 0; i < la; i++) {
            if (am[i]) {
                while (!bm[j]) j++;
                if (a.charAt(i) != b.charAt(j)) t++;
                j++;
            }
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - t / 2.0) / m) / 3.0;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(la, lb)) && a.charAt(prefix) == b.charAt(prefix)) prefix++;
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /**
     * Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions),
     * giving up with {@code max + 1} once the distance must exceed {@code max}.
     */
    static int editDistance(String a, String b, int max) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > max) return max + 1;
        if (la > 40 || lb > 40) return max + 1;
        int[] prev2 = new int[lb + 1];
        int[] prev = new int[lb + 1];
        int[] cur = new int[lb + 1];
        for (int j = 0; j <= lb; j++) prev[j] = j;
        for (int i = 1; i <= la; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) return max + 1;
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[lb];
    }

    /** True when b is a with exactly one pair of adjacent letters swapped. */
    static boolean isTransposition(String a, String b) {
        if (a.length() != b.length()) return false;
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (first >= 0) {
                    return i == first + 1 && a.charAt(first) == b.charAt(i) && a.charAt(i) == b.charAt(first)
                            && a.regionMatches(i + 1, b, i + 1, a.length() - i - 1);
                }
                first = i;
            }
        }
        return false;
    }
}
