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
        checkPrintable(primaryIdentifier);
        checkPrintable(secondaryIdentifier);
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

    private static String normaliseSpaces(String part) {
        String trimmed = part.strip();
        if (trimmed.indexOf("  ") < 0 && trimmed.indexOf('\t') < 0) {
            return trimmed;
        }
        return String.join(" ", trimmed.split("\\s+"));
    }

    private static void checkPrintable(String part) {
        for (int i = 0; i < part.length(); i++) {
            if (Character.isISOControl(part.charAt(i))) {
                throw new IllegalArgumentException("A name holds no control characters");
            }
        }
    }

    @Override
    public String toString() {
        return primaryIdentifier + ", " + secondaryIdentifier;
    }
}
