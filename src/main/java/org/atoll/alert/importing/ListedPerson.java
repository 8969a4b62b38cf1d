package org.atoll.alert.importing;

import java.util.List;
import org.atoll.alert.screening.WatchlistEntry;

/**
 * One person read from a published list: the screening entry, the identity documents the list names,
 * and the line of the file the record starts on (0 when the reader does not know it).
 */
public record ListedPerson(WatchlistEntry entry, List<ListedDocument> documents, int line) {

    public ListedPerson {
        documents = List.copyOf(documents);
    }

    public ListedPerson(WatchlistEntry entry, List<ListedDocument> documents) {
        this(entry, documents, 0);
    }

    /** A document as the list gives it; issuing country as written (not always a country). */
    public record ListedDocument(String type, String number, String issuingCountry) {
    }
}
