package org.atoll.manifest;

import java.util.List;
import org.atoll.document.PartialDate;
import org.atoll.document.PersonName;
import org.atoll.document.Sex;
import org.atoll.reference.CountryCode;

/**
 * A person on a manifest with what the carrier declared; any field but role and name may be null.
 * {@code segment} is where the person starts in the message (or the CSV line), for warnings.
 */
public record ManifestPerson(PersonRole role, PersonName name, Sex sex, PartialDate dateOfBirth,
                             CountryCode nationality, CountryCode residence, String birthPlace,
                             String embarkation, String disembarkation, List<TravelDocument> documents,
                             int segment) {

    public ManifestPerson {
        documents = List.copyOf(documents);
    }
}
