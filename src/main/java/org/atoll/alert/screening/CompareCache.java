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

    void clear() {
        count = 0;
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
