package org.atoll.alert.screening;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Document alerts by normalised key (issuing state + number) for exact look-up. Millions of
 * entries are kept in flat arrays (about 60 bytes each) rather than one object graph per entry.
 * Not thread-safe by itself; {@link ScreeningEngine} guards it.
 */
final class DocumentIndex {

    private static final long EMPTY = 0;
    private static final long REMOVED = 1;

    private long[] hashes;
    private byte[][] keys;
    private long[] alertHigh;
    private long[] alertLow;
    private int[] versions;
    private byte[] types;
    private int used;
    private int live;
    private int mask;

    DocumentIndex() {
        allocate(1 << 10);
    }

    private void allocate(int capacity) {
        hashes = new long[capacity];
        keys = new byte[capacity][];
        alertHigh = new long[capacity];
        alertLow = new long[capacity];
        versions = new int[capacity];
        types = new byte[capacity];
        mask = capacity - 1;
        used = 0;
        live = 0;
    }

    int size() {
        return live;
    }

    void ensureCapacity(int expected) {
        int needed = Integer.highestOneBit(Math.max(16, (int) (expected / 0.6))) << 1;
        if (needed > hashes.length) rehash(needed);
    }

    /** Adds the entry, replacing an earlier version of the same alert on the same document. */
    void put(DocumentAlertEntry e) {
        byte[] key = e.documentKey().getBytes(StandardCharsets.US_ASCII);
        remove(e.alertId(), key);
        if ((used + 1) * 10L > hashes.length * 6L) rehash(live * 2 < hashes.length / 2 ? hashes.length : hashes.length * 2);
        long h = hash(key);
        int i = (int) LongIntMultiMap.mix(h) & mask;
        while (hashes[i] != EMPTY && hashes[i] != REMOVED) i = (i + 1) & mask;
        if (hashes[i] == EMPTY) used++;
        hashes[i] = h;
        keys[i] = key;
        alertHigh[i] = e.alertId().getMostSignificantBits();
        alertLow[i] = e.alertId().getLeastSignificantBits();
        versions[i] = (int) Math.min(Integer.MAX_VALUE, e.alertVersion());
        types[i] = (byte) e.type().ordinal();
        live++;
    }

    boolean remove(UUID alertId, String documentKey) {
        return remove(alertId, documentKey.getBytes(StandardCharsets.US_ASCII));
    }

    private boolean remove(UUID alertId, byte[] key) {
        long h = hash(key);
        int i = (int) LongIntMultiMap.mix(h) & mask;
        boolean removed = false;
        while (hashes[i] != EMPTY) {
            if (hashes[i] == h && alertHigh[i] == alertId.getMostSignificantBits()
                    && alertLow[i] == alertId.getLeastSignificantBits() && Arrays.equals(keys[i], key)) {
                hashes[i] = REMOVED;
                keys[i] = null;
                live--;
                removed = true;
            }
            i = (i + 1) & mask;
        }
        return removed;
    }

    void find(TravelDocument document, List<DocumentHit> out) {
        String documentKey = document.documentKey();
        byte[] key = documentKey.getBytes(StandardCharsets.US_ASCII);
        long h = hash(key);
        int i = (int) LongIntMultiMap.mix(h) & mask;
        while (hashes[i] != EMPTY) {
            if (hashes[i] == h && Arrays.equals(keys[i], key)) {
                out.add(new DocumentHit(new UUID(alertHigh[i], alertLow[i]), versions[i], documentKey,
                        DocumentAlertType.values()[types[i]], document));
            }
            i = (i + 1) & mask;
        }
    }

    private void rehash(int capacity) {
        long[] oh = hashes;
        byte[][] ok = keys;
        long[] ahi = alertHigh;
        long[] alo = alertLow;
        int[] ov = versions;
        byte[] ot = types;
        allocate(capacity);
        for (int j = 0; j < oh.length; j++) {
            if (oh[j] == EMPTY || oh[j] == REMOVED) continue;
            int i = (int) LongIntMultiMap.mix(oh[j]) & mask;
            while (hashes[i] != EMPTY) i = (i + 1) & mask;
            hashes[i] = oh[j];
            keys[i] = ok[j];
            alertHigh[i] = ahi[j];
            alertLow[i] = alo[j];
            versions[i] = ov[j];
            types[i] = ot[j];
            used++;
            live++;
        }
    }

    private static long hash(byte[] key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        return h == EMPTY || h == REMOVED ? 2 : h;
    }

    static List<DocumentHit> newHitList() {
        return new ArrayList<>(1);
    }
}
