package org.atoll.alert.internal;

import java.util.List;

/**
 * The traveller as screened, kept with each hit for the side-by-side comparison. Names as given;
 * the date of birth as 1970, 1970-05 or 1970-05-17; codes as ICAO 9303 writes them.
 */
public record TravellerDetails(List<String> names, String dateOfBirth, List<String> nationalities, String sex,
                               List<Document> documents) {

    public TravellerDetails {
        names = names == null ? List.of() : List.copyOf(names);
        nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public record Document(String issuingState, String number) {
    }

    public String displayName() {
        return names.isEmpty() ? documents.stream().map(d -> d.issuingState() + " " + d.number()).findFirst().orElse("")
                : names.get(0);
    }
}
