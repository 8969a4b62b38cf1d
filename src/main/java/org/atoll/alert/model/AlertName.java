package org.atoll.alert.model;

import java.util.Objects;

import org.atoll.alert.screening.NameKind;
import org.atoll.alert.screening.WatchlistName;

/**
 * One name of a person alert: the name as written ({@code text}) and, where the source gives them,
 * its parts. An original-script name (Arabic, Cyrillic...) is kept as the source writes it.
 */
public record AlertName(String text, String surname, String givenNames, NameKind kind, boolean originalScript) {

    public AlertName {
        Objects.requireNonNull(kind, "kind");
        surname = blankToNull(surname);
        givenNames = blankToNull(givenNames);
        text = blankToNull(text);
        if (text == null) {
            text = join(givenNames, surname);
        }
        if (text == null) {
            throw new IllegalArgumentException("A name has a text or a surname or given names");
        }
    }

    public static AlertName primary(String surname, String givenNames) {
        return new AlertName(null, surname, givenNames, NameKind.PRIMARY, false);
    }

    public WatchlistName toWatchlistName() {
        return new WatchlistName(text, kind, originalScript);
    }

    static String join(String given, String surname) {
        if (given == null) return surname;
        if (surname == null) return given;
        return given + " " + surname;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
