package org.atoll.alert.screening;

/**
 * Open-addressing multimap from 64-bit hashes to ints, for the deletion neighbourhoods of the
 * token dictionary: millions of entries in two flat arrays instead of millions of boxed objects.
 * Hash collisions only add candidates, which exact re-scoring discards.
 */
final class LongIntMultiMap {

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMultiMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        mask = cap - 1;
    }

    void put(long key, int value) {
        if (key == 0) key = 1;
        if ((size + 1) * 10L > keys.length * 6L) grow();
        int i = (int) mix(key) & mask;
        while (keys[i] != 0) {
            if (keys[i] == key && values[i] == value) return;
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        size++;
    }

    void get(long key, IntList out) {
        if (key == 0) key = 1;
        int i = (int) mix(key) & mask;
        while (keys[i] != 0) {
            if (keys[i] == key) out.add(values[i]);
            i = (i + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int j = (int) mix(oldKeys[i]) & mask;
                while (keys[j] != 0) j = (j + 1) & mask;
                keys[j] = oldKeys[i];
                values[j] = oldValues[i];
                size++;
            }
        }
    }

    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** FNV-1a over the string with the character at {@code skip} left out (-1 keeps all). */
    static long hash(String s, int skip, long seed) {
        long h = 0xcbf29ce484222325L ^ seed;
        for (int i = 0; i < s.length(); i++) {
            if (i == skip) continue;
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }
}
