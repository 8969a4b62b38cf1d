package org.atoll.alert.screening;

import java.util.Objects;

/**
 * One name of a person alert. {@code originalScript} marks a name written in its own script
 * (Arabic, Cyrillic...) as the list gives it beside the Latin forms.
 */
public record WatchlistName(String text, NameKind kind, boolean originalScript) {

    public WatchlistName {
        Objects.requireNonNull(text, "name");
        Objects.requireNonNull(kind, "kind");
        if (text.isBlank()) {
            throw new IllegalArgumentException("A watchlist name is not blank");
        }
    }

    public static WatchlistName primary(String text) {
        return new WatchlistName(text, NameKind.PRIMARY, false);
    }

    public static WatchlistName alias(String text) {
        return new WatchlistName(text, NameKind.ALIAS, false);
    }

    public static WatchlistName originalScript(String text) {
        return new WatchlistName(text, NameKind.ALIAS, true);
    }
}
