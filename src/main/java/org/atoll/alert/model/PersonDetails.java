package org.atoll.alert.model;

import java.util.List;

import org.atoll.alert.screening.BirthDateRange;
import org.atoll.alert.screening.NameKind;
import org.atoll.alert.screening.Sex;
import org.atoll.reference.CountryCode;

/** Who a person alert is about. Dates of birth may be partial (1970, 1970-05) or ranges (1968/1972). */
public record PersonDetails(List<AlertName> names, List<BirthDateRange> datesOfBirth, String placeOfBirth,
                            List<CountryCode> nationalities, Sex sex, List<IdentityDocument> documents,
                            String photoReference) {

    public PersonDetails {
        names = List.copyOf(names);
        datesOfBirth = List.copyOf(datesOfBirth);
        nationalities = List.copyOf(nationalities);
        documents = List.copyOf(documents);
        sex = sex == null ? Sex.UNKNOWN : sex;
        if (names.isEmpty()) {
            throw new IllegalArgumentException("A person alert has at least one name");
        }
    }

    public AlertName primaryName() {
        return names.stream().filter(n -> n.kind() == NameKind.PRIMARY).findFirst().orElse(names.get(0));
    }
}
