package org.atoll.manifest.paxlst;

import java.util.ArrayList;
import java.util.List;

/**
 * One EDIFACT segment: its number in the interchange (UNB = 1), tag and values, a view on the
 * tokenizer's arrays. A value's text becomes a string only when asked for.
 */
final class Segment {

    private static final int STRIDE = EdifactTokenizer.STRIDE;

    final int number;
    final String tag;
    private final char[] chars;
    private final int[] values;
    private final int first;
    private final int end;

    Segment(int number, String tag, char[] chars, int[] values, int first, int end) {
        this.number = number;
        this.tag = tag;
        this.chars = chars;
        this.values = values;
        this.first = first;
        this.end = end;
    }

    /**
     * The value at element and component (1-based; component 1 is also a simple element's value) of
     * the element's first repetition; the empty string when there is none.
     */
    String get(int element, int component) {
        for (int v = first; v < end; v++) {
            int b = v * STRIDE;
            int e = values[b + 2];
            if (e > element) {
                break;
            }
            if (e == element && values[b + 4] == 1 && Math.max(values[b + 3], 1) == component) {
                return string(b);
            }
        }
        return "";
    }

    String get(int element) {
        return get(element, 1);
    }

    /** The components of the element's first repetition (one for a simple element), or none. */
    List<String> components(int element) {
        List<String> components = null;
        for (int v = first; v < end; v++) {
            int b = v * STRIDE;
            int e = values[b + 2];
            if (e > element) {
                break;
            }
            if (e == element && values[b + 4] == 1) {
                if (components == null) {
                    components = new ArrayList<>(4);
                }
                components.add(string(b));
            }
        }
        return components == null ? List.of() : components;
    }

    /** The number of values (simple elements, components and repetitions) in this segment. */
    int valueCount() {
        return end - first;
    }

    /** Element position (1-based) of the value at {@code index} in this segment. */
    int element(int index) {
        return values[(first + index) * STRIDE + 2];
    }

    /** Component position (1-based) of the value at {@code index}, 0 when its element is simple. */
    int component(int index) {
        return values[(first + index) * STRIDE + 3];
    }

    /** Which repetition of its element (1-based) the value at {@code index} belongs to. */
    int repetition(int index) {
        return values[(first + index) * STRIDE + 4];
    }

    /** The text of the value at {@code index}, release characters removed. */
    String text(int index) {
        return string((first + index) * STRIDE);
    }

    private String string(int base) {
        int start = values[base];
        int length = values[base + 1] - start;
        return length == 0 ? "" : new String(chars, start, length);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(number).append(':').append(tag);
        for (int k = 0; k < valueCount(); k++) {
            s.append(' ').append(element(k)).append('.').append(component(k)).append('.').append(repetition(k))
                    .append('=').append(text(k));
        }
        return s.toString();
    }
}
