package org.atoll.alert.internal;

import java.util.List;

/**
 * A request to screen a traveller: {@code names} (any script, any order) or {@code surname} and
 * {@code givenNames}; optional date of birth (1970, 1970-05 or 1970-05-17), nationality, sex and
 * documents. At least a name or a document.
 */
public record ScreeningRequest(List<String> names, String surname, String givenNames, String dateOfBirth,
                               String nationality, String sex, List<Document> documents) {

    public ScreeningRequest {
        names = names == null ? List.of() : names;
        documents = documents == null ? List.of() : documents;
    }

    public record Document(String issuingState, String number) {
    }
}
