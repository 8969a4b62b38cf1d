package org.atoll.alert.screening;

/**
 * Compares one traveller name part with one alert name part. Returns a packed result:
 * similarity in [0,1] and the {@link MatchKind}, or {@link #NONE} below {@link #ACCEPT}.
 */
final class TokenComparison {

    static final double ACCEPT = 0.80;
    static final long NONE = -1;

    private static final MatchKind[] KINDS = MatchKind.values();

    private TokenComparison() {
    }

    static long pack(double similarity, MatchKind kind) {
        return ((long) Math.round(similarity * 1_000_000) << 8) | kind.ordinal();
    }

    static double similarity(long packed) {
        return packed < 0 ? 0 : (packed >>> 8) / 1_000_000.0;
    }

    static MatchKind kind(long packed) {
        return KINDS[(int) (packed & 0xFF)];
    }

    static long compare(NameToken q, NameToken a, boolean aConsonantsOnly) {
        String qt = q.text();
        String at = a.text();
        if (qt.equals(at)) {
            return pack(1.0, MatchKind.EXACT);
        }
        if (q.canonical().equals(a.canonical())) {
            return pack(0.96, MatchKind.SPELLING_VARIANT);
        }
        String qk = q.key();
        String ak = a.key();
        if (q.consonantsOnly() || aConsonantsOnly) {
            return compareConsonants(qk, ak);
        }
        int len = Math.max(qt.length(), at.length());
        if (Math.abs(qt.length() - at.length()) > 3) {
            return NONE;
        }
        double jw = Similarity.jaroWinkler(qt, at);
        double best = 0;
        MatchKind kind = null;
        if (len >= 3) {
            int max = len >= 7 ? 2 : 1;
            int d = Similarity.editDistance(qt, at, max);
            if (d > max) {
                d = 0;
            }
            if (d == 1) {
                best = Math.max(Math.min(jw, 0.95), 1 - 0.6 / len);
                kind = Similarity.isTransposition(qt, at) ? MatchKind.TRANSPOSED_LETTERS : MatchKind.TYPO;
            } else if (d == 2) {
                best = Math.max(Math.min(jw, 0.92), 1 - 1.2 / len);
                kind = MatchKind.TYPO;
            }
        }
        if (qk.length() >= 2 && qk.equals(ak)) {
            double need = qk.length() == 2 ? 0.75 : 0.6;
            if (jw >= need) {
                double s = Math.min(0.94, 0.70 + 0.25 * jw);
                if (s > best) {
                    best = s;
                    kind = MatchKind.SOUNDS_ALIKE;
                }
            }
        }
        if (jw >= 0.90 && Math.min(jw, 0.93) > best) {
            best = Math.min(jw, 0.93);
            kind = MatchKind.TYPO;
        }
        return best >= ACCEPT ? pack(best, kind) : NONE;
    }

    private static long compareConsonants(String qk, String ak) {
        if (qk.isEmpty() || ak.isEmpty()) {
            return NONE;
        }
        if (qk.equals(ak)) {
            double s = qk.length() >= 3 ? 0.93 : qk.length() == 2 ? 0.90 : 0.84;
            return pack(s, MatchKind.TRANSLITERATED);
        }
        int min = Math.min(qk.length(), ak.length());
        if (min >= 3 && Similarity.editDistance(qk, ak, 1) == 1) {
            return pack(min >= 4 ? 0.86 : 0.82, MatchKind.TRANSLITERATED);
        }
        return NONE;
    }
}
