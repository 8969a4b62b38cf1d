package org.atoll.document;

import java.util.List;
import java.util.Objects;

/**
 * A holder's name as ICAO Doc 9303 structures it: the primary identifier (surname, family name)
 * and the secondary identifier (given names). Either may be empty (9303 allows a name with only
 * one part), never both. Parts are kept as written, with single spaces between name components;
 * names read from an MRZ are upper case A-Z.
 */
public record PersonName(String primaryIdentifier, String secondaryIdentifier) {

    public PersonName {
        primaryIdentifier = normaliseSpaces(Objects.requireNonNull(primaryIdentifier, "primary identifier"));
        secondaryIdentifier = normaliseSpaces(Objects.requireNonNull(secondaryIdentifier, "secondary identifier"));
        if (primaryIdentifier.isEmpty() && secondaryIdentifier.isEmpty()) {
            throw new IllegalArgumentException("A name needs a primary or a secondary identifier");
        }
    }

    public static PersonName of(String surname, String givenNames) {
        return new PersonName(surname == null ? "" : surname, givenNames == null ? "" : givenNames);
    }

    public String surname() {
        return primaryIdentifier;
    }

    public String givenNames() {
        return secondaryIdentifier;
    }

    public List<String> primaryComponents() {
        return components(primaryIdentifier);
    }

    public List<String> secondaryComponents() {
        return components(secondaryIdentifier);
    }

    /** Given names then surname, as people usually say them. */
    public String fullName() {
        if (primaryIdentifier.isEmpty()) {
            return secondaryIdentifier;
        }
        return secondaryIdentifier.isEmpty() ? primaryIdentifier : secondaryIdentifier + " " + primaryIdentifier;
    }

    private static List<String> components(String part) {
        return part.isEmpty() ? List.of() : List.of(part.split(" "));
    }

    /** Trims, turns runs of whitespace into one space, refuses control characters; one pass when nothing needs changing. */
    private static String normaliseSpaces(String part) {
        int n = part.length();
        boolean clean = n == 0 || (part.charAt(0) != ' ' && part.charAt(n - 1) != ' ');
        char previous = 'A';
        for (int i = 0; i < n; i++) {
            char ch = part.charAt(i);
            if (ch < ' ' || (ch >= '\u007F' && ch <= '\u009F')) {
                if (!Character.isWhitespace(ch)) {
                    throw new IllegalArgumentException("A name holds no control characters");
                }
                clean = false;
            } else if (ch == ' ' && previous == ' ') {
                clean = false;
            } else if (ch > '\u007F' && Character.isWhitespace(ch)) {
                clean = false;
            }
            previous = ch;
        }
        if (clean) {
            return part;
        }
        String trimmed = part.strip();
        return trimmed.isEmpty() ? trimmed : String.join(" ", trimmed.split("\\s+"));
    }

    @Override
    public String toString() {
        return primaryIdentifier + ", " + secondaryIdentifier;
    }
}
