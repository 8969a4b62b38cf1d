package org.atoll.manifest;

/**
 * Something found in a manifest: where (segment number counted from UNB = 1, its tag, and the
 * element and component position, 0 when not applicable; for CSV the segment is the line) and what.
 */
public record ManifestIssue(int segment, String tag, int element, int component, String message) {

    public String where() {
        StringBuilder s = new StringBuilder("segment ").append(segment);
        if (tag != null && !tag.isEmpty()) {
            s.append(" (").append(tag).append(')');
        }
        if (element > 0) {
            s.append(", element ").append(element);
            if (component > 0) {
                s.append(", component ").append(component);
            }
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return where() + ": " + message;
    }
}
