package org.atoll.movement.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * What makes two documents the same person: names, date of birth and nationality agree. Names
 * are compared as an MRZ would write them (upper case, accents dropped, punctuation and runs of
 * spaces as one space), so that "O'Neil" on a new passport matches "ONEIL" or "O NEIL" is not
 * needed: both become {@code O NEIL}. Without a date of birth there is no key: a name and a
 * nationality alone are too common to join travellers on.
 */
public final class PersonKey {

    private PersonKey() {
    }

    public static Optional<String> of(String surname, String givenNames, Optional<LocalDate> dateOfBirth, String nationality) {
        if (dateOfBirth.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(normalise(surname) + "|" + normalise(givenNames) + "|" + dateOfBirth.get() + "|"
                + nationality.toUpperCase(Locale.ROOT));
    }

    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = Character.toUpperCase(decomposed.charAt(i));
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
