package org.atoll.alert.screening;

import java.util.Arrays;

/**
 * Per-thread scratch for retrieval: sums, per name record, the best evidence each traveller
 * name part gives for it. Open addressing, cleared by generation stamp, reused across queries.
 */
final class CandidateAccumulator {

    private int[] keys = new int[1024];
    private float[] totals = new float[1024];
    private float[] current = new float[1024];
    private int[] currentPart = new int[1024];
    private int[] stamps = new int[1024];
    private int[] occupied = new int[1024];
    private int count;
    private int generation = 1;
    private int mask = 1023;

    void reset() {
        generation++;
        count = 0;
        if (generation == Integer.MAX_VALUE) {
            Arrays.fill(stamps, 0);
            generation = 1;
        }
    }

    int size() {
        return count;
    }

    int recordAt(int index) {
        return keys[occupied[index]];
    }

    float totalAt(int index) {
        return totals[occupied[index]];
    }

    boolean contains(int record) {
        int i = slot(record);
        return stamps[i] == generation;
    }

    void add(int record, int part, float value) {
        if ((count + 1) * 2 > keys.length) grow();
        int i = slot(record);
        if (stamps[i] != generation) {
            stamps[i] = generation;
            keys[i] = record;
            totals[i] = value;
            current[i] = value;
            currentPart[i] = part;
            occupied[count++] = i;
        } else if (currentPart[i] != part) {
            currentPart[i] = part;
            current[i] = value;
            totals[i] += value;
        } else if (value > current[i]) {
            totals[i] += value - current[i];
            current[i] = value;
        }
    }

    private int slot(int record) {
        int i = (record * 0x9E3779B1) >>> 7 & mask;
        while (stamps[i] == generation && keys[i] != record) i = (i + 1) & mask;
        return i;
    }

    private void grow() {
        int[] oldKeys = keys;
        float[] oldTotals = totals;
        float[] oldCurrent = current;
        int[] oldPart = currentPart;
        int[] oldOccupied = occupied;
        int oldCount = count;
        int cap = keys.length * 2;
        keys = new int[cap];
        totals = new float[cap];
        current = new float[cap];
        currentPart = new int[cap];
        stamps = new int[cap];
        occupied = new int[cap];
        mask = cap - 1;
        generation = 1;
        count = 0;
        for (int k = 0; k < oldCount; k++) {
            int o = oldOccupied[k];
            int i = slot(oldKeys[o]);
            stamps[i] = generation;
            keys[i] = oldKeys[o];
            totals[i] = oldTotals[o];
            current[i] = oldCurrent[o];
            currentPart[i] = oldPart[o];
            occupied[count++] = i;
        }
    }
}
