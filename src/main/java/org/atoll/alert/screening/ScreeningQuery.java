package org.atoll.alert.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.atoll.reference.CountryCode;

/**
 * Who is being screened: one or more names (any script, any order: the name as printed
 * and, where known, the name in its original script), a possibly partial date of birth,
 * nationalities, sex and the documents presented. Only names are required.
 * Absurd values are refused by {@link ScreeningInputPolicy} when the engine screens.
 */
public record ScreeningQuery(
        List<String> names,
        PartialDate dateOfBirth,
        Set<CountryCode> nationalities,
        Sex sex,
        List<TravelDocument> documents) {

    public ScreeningQuery {
        names = List.copyOf(Objects.requireNonNull(names, "names"));
        nationalities = nationalities == null ? Set.of() : Set.copyOf(nationalities);
        sex = sex == null ? Sex.UNKNOWN : sex;
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public static Builder forName(String name) {
        return new Builder().name(name);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final List<String> names = new ArrayList<>();
        private PartialDate dateOfBirth;
        private final Set<CountryCode> nationalities = new LinkedHashSet<>();
        private Sex sex = Sex.UNKNOWN;
        private final List<TravelDocument> documents = new ArrayList<>();

        public Builder name(String name) {
            names.add(name);
            return this;
        }

        public Builder bornOn(String partialDate) {
            this.dateOfBirth = PartialDate.parse(partialDate);
            return this;
        }

        public Builder bornOn(PartialDate date) {
            this.dateOfBirth = date;
            return this;
        }

        public Builder nationality(String icaoCode) {
            nationalities.add(CountryCode.of(icaoCode));
            return this;
        }

        public Builder nationality(CountryCode code) {
            nationalities.add(code);
            return this;
        }

        public Builder sex(Sex sex) {
            this.sex = sex;
            return this;
        }

        public Builder document(String issuingState, String number) {
            documents.add(TravelDocument.of(issuingState, number));
            return this;
        }

        public Builder document(TravelDocument document) {
            documents.add(document);
            return this;
        }

        public ScreeningQuery build() {
            return new ScreeningQuery(names, dateOfBirth, nationalities, sex, documents);
        }
    }
}
