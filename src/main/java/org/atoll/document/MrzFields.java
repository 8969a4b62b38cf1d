package org.atoll.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.atoll.reference.CountryCode;

/**
 * What to write into a machine readable zone. The name may be in any script the 9303 tables
 * cover; {@code dateOfBirth} null means unknown; {@code optionalData} holds up to two fields
 * (two only for TD1, whose second is on line 2).
 */
public record MrzFields(
        MrzFormat format,
        DocumentCode documentCode,
        CountryCode issuingState,
        PersonName name,
        DocumentNumber documentNumber,
        CountryCode nationality,
        PartialDate dateOfBirth,
        Sex sex,
        LocalDate dateOfExpiry,
        List<String> optionalData) {

    public MrzFields {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(documentCode, "documentCode");
        Objects.requireNonNull(issuingState, "issuingState");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(dateOfExpiry, "dateOfExpiry");
        optionalData = optionalData == null ? List.of() : List.copyOf(optionalData);
    }

    public static Builder builder(MrzFormat format) {
        return new Builder(format);
    }

    /** A fluent way to fill the fields, e.g. {@code MrzFields.builder(TD3).documentCode("P")...build()}. */
    public static final class Builder {
        private final MrzFormat format;
        private DocumentCode documentCode;
        private CountryCode issuingState;
        private PersonName name;
        private DocumentNumber documentNumber;
        private CountryCode nationality;
        private PartialDate dateOfBirth;
        private Sex sex = Sex.UNSPECIFIED;
        private LocalDate dateOfExpiry;
        private List<String> optionalData = List.of();

        private Builder(MrzFormat format) {
            this.format = format;
            this.documentCode = new DocumentCode(switch (format) {
                case TD3 -> "P";
                case MRV_A, MRV_B -> "V";
                default -> "I";
            });
        }

        public Builder documentCode(String code) { this.documentCode = new DocumentCode(code); return this; }
        public Builder issuingState(String code) { this.issuingState = CountryCode.of(code); return this; }
        public Builder name(String surname, String givenNames) { this.name = PersonName.of(surname, givenNames); return this; }
        public Builder name(PersonName name) { this.name = name; return this; }
        public Builder documentNumber(String number) { this.documentNumber = DocumentNumber.of(number); return this; }
        public Builder nationality(String code) { this.nationality = CountryCode.of(code); return this; }
        public Builder dateOfBirth(PartialDate date) { this.dateOfBirth = date; return this; }
        public Builder dateOfBirth(LocalDate date) { this.dateOfBirth = date == null ? null : PartialDate.of(date); return this; }
        public Builder sex(Sex sex) { this.sex = sex; return this; }
        public Builder dateOfExpiry(LocalDate date) { this.dateOfExpiry = date; return this; }
        public Builder optionalData(String... data) { this.optionalData = List.of(data); return this; }

        public MrzFields build() {
            return new MrzFields(format, documentCode, issuingState, name, documentNumber, nationality,
                    dateOfBirth, sex, dateOfExpiry, optionalData);
        }
    }
}
