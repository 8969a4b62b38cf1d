package org.atoll.alert.model;

import java.util.List;

/**
 * An alert as plain text fields: the JSON API's request and response body, the stored document of
 * each version, and what the CSV and form readers produce. {@link AlertFieldsReader} turns it into
 * an {@link AlertContent}, naming every field at fault; {@link AlertContent#toFields()} turns it back.
 */
public record AlertFields(
        String kind,
        String externalReference,
        String category,
        String reason,
        String legalBasis,
        String owningAgency,
        String actionOnHit,
        String contact,
        List<String> warningMarkers,
        List<LinkFields> links,
        String validFrom,
        String validUntil,
        String reviewDate,
        String sensitivity,
        List<String> sharedWith,
        Boolean sharedInFull,
        PersonFields person,
        DocumentAlertFields document) {

    public AlertFields {
        warningMarkers = warningMarkers == null ? List.of() : List.copyOf(warningMarkers);
        links = links == null ? List.of() : List.copyOf(links);
        sharedWith = sharedWith == null ? List.of() : List.copyOf(sharedWith);
    }

    public record NameFields(String text, String surname, String givenNames, String kind, Boolean originalScript) {
    }

    public record IdentityDocumentFields(String type, String issuingState, String number) {
    }

    public record PersonFields(List<NameFields> names, List<String> datesOfBirth, String placeOfBirth,
                               List<String> nationalities, String sex, List<IdentityDocumentFields> documents,
                               String photoReference) {

        public PersonFields {
            names = names == null ? List.of() : List.copyOf(names);
            datesOfBirth = datesOfBirth == null ? List.of() : List.copyOf(datesOfBirth);
            nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
            documents = documents == null ? List.of() : List.copyOf(documents);
        }
    }

    public record DocumentAlertFields(String issuingState, String number, String documentType, String reason,
                                      String holderName) {
    }

    public record LinkFields(String alertId, String note) {
    }
}
