package org.atoll.incident.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A link to another record: by kind and the target's id, or for a person not (yet) known as a
 * traveller, by name and date of birth.
 */
public record RecordLink(LinkKind kind, String targetId, String personName, LocalDate dateOfBirth, String note) {

    public RecordLink {
        Objects.requireNonNull(kind, "link kind");
        targetId = blankToNull(targetId);
        personName = blankToNull(personName);
        note = blankToNull(note);
        if (kind == LinkKind.PERSON) {
            if (personName == null && targetId == null) {
                throw new IllegalArgumentException("A person is linked by name (and date of birth) or by a traveller id");
            }
        } else if (targetId == null) {
            throw new IllegalArgumentException("A " + kind + " link needs the id of its target");
        }
        if (targetId != null && targetId.length() > 100) {
            throw new IllegalArgumentException("A link target id has at most 100 characters");
        }
    }

    /** What the link shows and is searched by. */
    public String label() {
        if (kind == LinkKind.PERSON && personName != null) {
            return personName + (dateOfBirth == null ? "" : " (" + dateOfBirth + ")");
        }
        return kind + " " + targetId;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
