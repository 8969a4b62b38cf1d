package org.atoll.alert.screening;

/**
 * Per-thread memo of token comparisons for one traveller name: alert names on a list share their
 * parts (thousands of records carry MOHAMMED or ALI), so each traveller part (or joined run of
 * parts, index below 64) is compared with each dictionary token once per screening.
 * Open addressing on (dictionary id, part index, script flag), cleared by generation stamp.
 */
final class CompareCache {

    private long[] keys = new long[1024];
    private long[] values = new long[1024];
    private int[] stamps = new int[1024];
    private int mask = 1023;
    private int count;
    private int generation = 1;

    private final java.util.HashMap<Long, Integer> joins = new java.util.HashMap<>();
    private final java.util.ArrayList<NameToken> joined = new java.util.ArrayList<>();
    /** The memo id of the token the last {@link #join} returned (negative; {@link #NOT_MEMOISED}: none). */
    int lastJoinId = NOT_MEMOISED;
    static final int NOT_MEMOISED = 0;

    void clear() {
        count = 0;
        if (joins.size() > 4096) {
            joins.clear();
            joined.clear();
        }
        if (++generation == Integer.MAX_VALUE) {
            java.util.Arrays.fill(stamps, 0);
            generation = 1;
        }
    }

    long compare(int queryIndex, NameToken q, int alertTokenId, NameToken a, boolean alertConsonantsOnly) {
        long key = ((long) alertTokenId << 7) | ((long) queryIndex << 1) | (alertConsonantsOnly ? 1 : 0);
        int i = slot(key);
        if (stamps[i] == generation) return values[i];
        long r = TokenComparison.compare(q, a, alertConsonantsOnly);
        if ((count + 1) * 2 > keys.length) {
            grow();
            i = slot(key);
        }
        stamps[i] = generation;
        keys[i] = key;
        values[i] = r;
        count++;
        return r;
    }

    /**
     * Alert parts written together (VAN DER BERG as VANDERBERG), by dictionary ids: the same
     * joined token for every record sharing those parts. Kept across screenings up to 4,096
     * entries (a joined token depends only on the parts).
     */
    NameToken join(java.util.List<NameToken> alert, int[] ids, int start, int span, boolean consonantsOnly) {
        // three 20-bit slots (id + 1, 0 for no third part) and the script flag
        long key = consonantsOnly ? 1L << 61 : 0;
        for (int k = 0; k < span; k++) {
            int id = ids[start + k];
            if (id >= (1 << 20) - 1) {
                lastJoinId = NOT_MEMOISED;
                return NameMatcher.join(alert, start, span, consonantsOnly);
            }
            key |= (long) (id + 1) << (40 - 20 * k);
        }
        Integer index = joins.get(key);
        if (index == null) {
            index = joined.size();
            joined.add(NameMatcher.join(alert, start, span, consonantsOnly));
            joins.put(key, index);
        }
        // joined tokens get negative ids, apart from the dictionary's, for the comparison memo
        lastJoinId = Integer.MIN_VALUE + index;
        return joined.get(index);
    }

    private int slot(long key) {
        int i = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (stamps[i] == generation && keys[i] != key) i = (i + 1) & mask;
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        int[] oldStamps = stamps;
        int oldGeneration = generation;
        int cap = keys.length * 2;
        keys = new long[cap];
        values = new long[cap];
        stamps = new int[cap];
        mask = cap - 1;
        generation = 1;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldStamps[k] != oldGeneration) continue;
            int i = slot(oldKeys[k]);
            stamps[i] = generation;
            keys[i] = oldKeys[k];
            values[i] = oldValues[k];
        }
    }
}
