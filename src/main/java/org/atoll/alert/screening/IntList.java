package org.atoll.alert.screening;

import java.util.Arrays;

/** A growable int array; posting lists stay sorted because record ids only grow. */
final class IntList {

    int[] values;
    int size;

    IntList(int capacity) {
        values = new int[Math.max(1, capacity)];
    }

    void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size < 64 ? size * 2 + 2 : size + (size >> 1));
        }
        values[size++] = v;
    }

    /** Appends unless v equals the last value (a record posted twice under one token). */
    void addIfNotLast(int v) {
        if (size == 0 || values[size - 1] != v) add(v);
    }

    boolean containsSorted(int v) {
        return Arrays.binarySearch(values, 0, size, v) >= 0;
    }

    void removeSorted(int v) {
        int i = Arrays.binarySearch(values, 0, size, v);
        if (i >= 0) {
            System.arraycopy(values, i + 1, values, i, size - i - 1);
            size--;
        }
    }

    void clear() {
        size = 0;
    }

    void trim() {
        if (values.length > size + 4 && values.length > 8) values = Arrays.copyOf(values, size);
    }
}
