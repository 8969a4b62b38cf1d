package org.atoll.alert.importing;

import java.util.List;
import org.atoll.alert.screening.WatchlistEntry;

/** One person read from a published list: the screening entry and the identity documents the list names. */
public record ListedPerson(WatchlistEntry entry, List<ListedDocument> documents) {

    public ListedPerson {
        documents = List.copyOf(documents);
    }

    /** A document as the list gives it; issuing country as written (not always a country). */
    public record ListedDocument(String type, String number, String issuingCountry) {
    }
}
