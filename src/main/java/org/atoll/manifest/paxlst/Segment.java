package org.atoll.manifest.paxlst;

import java.util.ArrayList;
import java.util.List;

/** One EDIFACT segment: its number in the interchange (UNB = 1), tag and elements of components. */
final class Segment {

    final int number;
    final String tag;
    private final List<List<String>> elements = new ArrayList<>(6);

    Segment(int number, String tag) {
        this.number = number;
        this.tag = tag;
    }

    void put(int element, int component, String value) {
        while (elements.size() < element) {
            elements.add(new ArrayList<>(2));
        }
        List<String> components = elements.get(element - 1);
        int c = Math.max(component, 1);
        while (components.size() < c) {
            components.add("");
        }
        if (components.get(c - 1).isEmpty()) {
            components.set(c - 1, value);
        }
    }

    /** Element and component are 1-based; missing values are the empty string. */
    String get(int element, int component) {
        if (element > elements.size()) {
            return "";
        }
        List<String> components = elements.get(element - 1);
        return component > components.size() ? "" : components.get(component - 1);
    }

    String get(int element) {
        return get(element, 1);
    }

    List<String> components(int element) {
        return element > elements.size() ? List.of() : elements.get(element - 1);
    }

    int elementCount() {
        return elements.size();
    }

    boolean is(String tag, String qualifier) {
        return this.tag.equals(tag) && get(1).equals(qualifier);
    }

    @Override
    public String toString() {
        return number + ":" + tag + elements;
    }
}
