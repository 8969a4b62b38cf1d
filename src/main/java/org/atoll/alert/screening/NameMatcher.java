package org.atoll.alert.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the parts of two names regardless of order: each traveller part with at most one alert
 * part (or a run of two or three joined parts, for compounds written together or apart), best
 * pairs first. Particles are optional, initials weigh half, common name parts weigh less.
 * The score favours the coverage of the shorter name, so a dropped or added middle name costs
 * a little and a single shared part costs a lot.
 */
final class NameMatcher {

    static final int MAX_PARTS = 16;
    private static final double PARTICLE_WEIGHT = 0;
    private static final double INITIAL_WEIGHT = 0.5;
    private static final double COMMON_WEIGHT = 0.6;
    private static final double SINGLE_PART_FACTOR = 0.8;

    interface Commonness {
        boolean isCommon(NameToken token, boolean consonantsOnly);
    }

    private NameMatcher() {
    }

    static NameMatch match(List<NameToken> query, List<NameToken> alert, boolean alertConsonantsOnly, Commonness commonness) {
        int nq = Math.min(query.size(), MAX_PARTS);
        int na = Math.min(alert.size(), MAX_PARTS);
        if (nq == 0 || na == 0) {
            return NameMatch.NONE;
        }
        boolean[] cq = queryCommonness(query, commonness);
        boolean[] ca = new boolean[na];
        for (int j = 0; j < na; j++) {
            NameToken t = alert.get(j);
            ca[j] = !t.isParticle() && !t.isInitial() && commonness.isCommon(t, alertConsonantsOnly);
        }
        return match(query, cq, null, alert, null, ca, alertConsonantsOnly, null, true);
    }

    /** Which of the traveller's name parts are common: computed once per screening. */
    static boolean[] queryCommonness(List<NameToken> query, Commonness commonness) {
        int nq = Math.min(query.size(), MAX_PARTS);
        boolean[] cq = new boolean[nq];
        for (int i = 0; i < nq; i++) {
            NameToken t = query.get(i);
            cq[i] = !t.isParticle() && !t.isInitial() && commonness.isCommon(t, t.consonantsOnly());
        }
        return cq;
    }

    /** The traveller's adjacent parts written together (span 2 and 3), joined once per screening. */
    static NameToken[][] queryJoins(List<NameToken> query) {
        int nq = Math.min(query.size(), MAX_PARTS);
        NameToken[][] joins = new NameToken[4][];
        for (int span = 2; span <= 3; span++) {
            joins[span] = new NameToken[Math.max(0, nq - span + 1)];
            for (int start = 0; start + span <= nq; start++) {
                joins[span][start] = join(query, start, span, query.get(start).consonantsOnly());
            }
        }
        return joins;
    }

    /**
     * The match itself. {@code alertIds} (dictionary ids of the alert's parts) and {@code cache}
     * let one screening compare each traveller part with each dictionary token once; with
     * {@code explain} false only the score and caps are computed (no part texts), for ranking.
     */
    static NameMatch match(List<NameToken> query, boolean[] cq, NameToken[][] queryJoins, List<NameToken> alert, int[] alertIds,
                           boolean[] ca, boolean alertConsonantsOnly, CompareCache cache, boolean explain) {
        int nq = Math.min(query.size(), MAX_PARTS);
        int na = Math.min(alert.size(), MAX_PARTS);
        if (nq == 0 || na == 0) {
            return NameMatch.NONE;
        }
        double[] wq = new double[nq];
        double[] wa = new double[na];
        double totalQ = 0;
        double totalA = 0;
        for (int i = 0; i < nq; i++) {
            wq[i] = weight(query.get(i), cq[i]);
            totalQ += wq[i];
        }
        for (int j = 0; j < na; j++) {
            wa[j] = weight(alert.get(j), ca[j]);
            totalA += wa[j];
        }
        if (totalQ == 0 || totalA == 0) {
            return NameMatch.NONE;
        }

        List<long[]> pairs = new ArrayList<>(nq * na + 4);
        for (int i = 0; i < nq; i++) {
            NameToken q = query.get(i);
            if (q.isParticle()) continue;
            for (int j = 0; j < na; j++) {
                NameToken a = alert.get(j);
                if (a.isParticle()) continue;
                if (q.isInitial() || a.isInitial()) {
                    if (q.isInitial() != a.isInitial() && q.text().charAt(0) == a.text().charAt(0)) {
                        pairs.add(pair(TokenComparison.pack(0.85, MatchKind.INITIAL), 1 << i, 1 << j));
                    }
                    continue;
                }
                long r = cache == null || alertIds == null ? TokenComparison.compare(q, a, alertConsonantsOnly)
                        : cache.compare(i, q, alertIds[j], a, alertConsonantsOnly);
                if (r != TokenComparison.NONE) {
                    pairs.add(pair(r, 1 << i, 1 << j));
                }
            }
        }
        addCompounds(query, nq, queryJoins, alert, alertIds, na, alertConsonantsOnly, cache, pairs);
        pairs.sort((x, y) -> Long.compare(y[0] >>> 8, x[0] >>> 8));

        int usedQ = 0;
        int usedA = 0;
        double mq = 0;
        double ma = 0;
        int strongPairs = 0;
        boolean allCommon = true;
        List<long[]> chosen = new ArrayList<>(Math.min(nq, na));
        for (long[] p : pairs) {
            int qm = (int) p[1];
            int am = (int) p[2];
            if ((qm & usedQ) != 0 || (am & usedA) != 0) continue;
            usedQ |= qm;
            usedA |= am;
            chosen.add(p);
            double s = TokenComparison.similarity(p[0]);
            MatchKind kind = TokenComparison.kind(p[0]);
            if (kind == MatchKind.INITIAL) {
                mq += INITIAL_WEIGHT * s;
                ma += INITIAL_WEIGHT * s;
                continue;
            }
            mq += s * Math.min(1.0, sumWeights(wq, qm));
            ma += s * Math.min(1.0, sumWeights(wa, am));
            strongPairs++;
            if (!anyRare(cq, query, qm) && !anyRare(ca, alert, am)) {
                // both sides common
            } else {
                allCommon = false;
            }
        }
        if (strongPairs == 0) {
            return NameMatch.NONE;
        }
        double covQ = Math.min(1, mq / totalQ);
        double covA = Math.min(1, ma / totalA);
        double score = 0.7 * Math.max(covQ, covA) + 0.3 * Math.min(covQ, covA);
        int partsQ = countParts(query, nq);
        int partsA = countParts(alert, na);
        boolean single = strongPairs == 1 && Math.max(partsQ, partsA) >= 2;
        if (single) {
            score *= SINGLE_PART_FACTOR;
        }
        if (!explain) {
            return new NameMatch(score, List.of(), List.of(), List.of(), allCommon, single);
        }
        List<NamePartMatch> parts = new ArrayList<>(chosen.size());
        for (long[] p : chosen) {
            parts.add(new NamePartMatch(texts(query, (int) p[1]), texts(alert, (int) p[2]),
                    TokenComparison.kind(p[0]), TokenComparison.similarity(p[0])));
        }
        return new NameMatch(score, parts, leftovers(query, nq, usedQ), leftovers(alert, na, usedA), allCommon, single);
    }

    private static boolean anyRare(boolean[] common, List<NameToken> tokens, int mask) {
        for (int i = 0; i < common.length; i++) {
            if ((mask & (1 << i)) != 0 && !common[i] && !tokens.get(i).isParticle()) return true;
        }
        return false;
    }

    private static void addCompounds(List<NameToken> query, int nq, NameToken[][] queryJoins, List<NameToken> alert,
                                     int[] alertIds, int na, boolean alertConsonantsOnly, CompareCache cache, List<long[]> pairs) {
        for (int span = 2; span <= 3; span++) {
            for (int start = 0; start + span <= na; start++) {
                boolean memo = cache != null && alertIds != null;
                NameToken joined = memo ? cache.join(alert, alertIds, start, span, alertConsonantsOnly)
                        : join(alert, start, span, alertConsonantsOnly);
                int joinedId = memo ? cache.lastJoinId : CompareCache.NOT_MEMOISED;
                int mask = ((1 << span) - 1) << start;
                for (int i = 0; i < nq; i++) {
                    NameToken q = query.get(i);
                    if (q.isParticle() || q.isInitial()) continue;
                    if (!plausibleLength(q, joined)) continue;
                    long r = joinedId != CompareCache.NOT_MEMOISED ? cache.compare(i, q, joinedId, joined, alertConsonantsOnly)
                            : TokenComparison.compare(q, joined, alertConsonantsOnly);
                    if (r != TokenComparison.NONE && TokenComparison.similarity(r) >= 0.88) {
                        pairs.add(pair(TokenComparison.pack(Math.min(0.97, TokenComparison.similarity(r)), MatchKind.COMPOUND), 1 << i, mask));
                    }
                }
            }
            for (int start = 0; start + span <= nq; start++) {
                NameToken joined = queryJoins != null ? queryJoins[span][start] : join(query, start, span, query.get(start).consonantsOnly());
                int mask = ((1 << span) - 1) << start;
                for (int j = 0; j < na; j++) {
                    NameToken a = alert.get(j);
                    if (a.isParticle() || a.isInitial()) continue;
                    if (!plausibleLength(a, joined)) continue;
                    long r = cache == null || alertIds == null ? TokenComparison.compare(joined, a, alertConsonantsOnly)
                            : cache.compare(MAX_PARTS * (span - 1) + start, joined, alertIds[j], a, alertConsonantsOnly);
                    if (r != TokenComparison.NONE && TokenComparison.similarity(r) >= 0.88) {
                        pairs.add(pair(TokenComparison.pack(Math.min(0.97, TokenComparison.similarity(r)), MatchKind.COMPOUND), mask, 1 << j));
                    }
                }
            }
        }
    }

    private static boolean plausibleLength(NameToken single, NameToken joined) {
        return Math.abs(single.text().length() - joined.text().length()) <= 3
                || Math.abs(single.key().length() - joined.key().length()) <= 1;
    }

    static NameToken join(List<NameToken> tokens, int start, int span, boolean consonantsOnly) {
        StringBuilder b = new StringBuilder();
        for (int k = start; k < start + span; k++) {
            b.append(tokens.get(k).text());
        }
        return NameNormaliser.token(b.toString(), consonantsOnly ? NameToken.CONSONANTS_ONLY : 0);
    }

    private static long[] pair(long packed, int qMask, int aMask) {
        return new long[]{packed, qMask, aMask};
    }

    private static double weight(NameToken t, boolean common) {
        if (t.isParticle()) return PARTICLE_WEIGHT;
        if (t.isInitial()) return INITIAL_WEIGHT;
        return common ? COMMON_WEIGHT : 1.0;
    }

    private static double sumWeights(double[] w, int mask) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            if ((mask & (1 << i)) != 0) s += w[i];
        }
        return s;
    }

    private static int countParts(List<NameToken> tokens, int n) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (!tokens.get(i).isParticle()) c++;
        }
        return c;
    }

    private static String texts(List<NameToken> tokens, int mask) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens.size() && i < MAX_PARTS; i++) {
            if ((mask & (1 << i)) != 0) {
                if (b.length() > 0) b.append(' ');
                b.append(tokens.get(i).text());
            }
        }
        return b.toString();
    }

    private static List<String> leftovers(List<NameToken> tokens, int n, int used) {
        List<String> out = new ArrayList<>(2);
        for (int i = 0; i < n; i++) {
            if ((used & (1 << i)) == 0 && !tokens.get(i).isParticle()) out.add(tokens.get(i).text());
        }
        return out;
    }
}
