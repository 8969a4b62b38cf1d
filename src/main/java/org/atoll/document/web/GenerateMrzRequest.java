package org.atoll.document.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.atoll.document.DocumentCode;
import org.atoll.document.DocumentNumber;
import org.atoll.document.MrzFields;
import org.atoll.document.MrzFormat;
import org.atoll.document.PartialDate;
import org.atoll.document.PersonName;
import org.atoll.document.Sex;
import org.atoll.reference.CountryCode;

/**
 * Fields for a zone. Bean Validation catches missing and oversized values (400); values of the
 * right shape that the domain refuses (an unknown format, a date that does not exist) come back
 * as 422 with the field named. {@code dateOfBirth} is YYYY, YYYY-MM or YYYY-MM-DD, or empty when unknown.
 */
public record GenerateMrzRequest(
        @NotBlank @Size(max = 5) String format,
        @Size(max = 2) String documentCode,
        @NotBlank @Size(max = 3) String issuingState,
        @Size(max = 200) String surname,
        @Size(max = 200) String givenNames,
        @NotBlank @Size(max = 40) String documentNumber,
        @NotBlank @Size(max = 3) String nationality,
        @Size(max = 10) String dateOfBirth,
        @NotBlank @Size(max = 11) String sex,
        @NotBlank @Size(max = 10) String dateOfExpiry,
        @Size(max = 2) List<@Size(max = 16) String> optionalData) {

    /** The domain fields, or every field error at once. */
    MrzFields toFields() {
        List<FieldProblem> problems = new ArrayList<>();
        MrzFormat parsedFormat = field(problems, "format", () -> MrzFormat.parse(format));
        DocumentCode code = documentCode == null || documentCode.isBlank() ? null
                : field(problems, "documentCode", () -> new DocumentCode(documentCode.strip().toUpperCase(java.util.Locale.ROOT)));
        CountryCode state = field(problems, "issuingState", () -> CountryCode.of(issuingState));
        PersonName name = field(problems, "surname", () -> PersonName.of(surname, givenNames));
        DocumentNumber number = field(problems, "documentNumber", () -> DocumentNumber.of(documentNumber));
        CountryCode nation = field(problems, "nationality", () -> CountryCode.of(nationality));
        PartialDate birth = dateOfBirth == null || dateOfBirth.isBlank() ? null
                : field(problems, "dateOfBirth", () -> PartialDate.parse(dateOfBirth));
        Sex parsedSex = field(problems, "sex", () -> Sex.parse(sex));
        LocalDate expiry = field(problems, "dateOfExpiry", () -> {
            try {
                return LocalDate.parse(dateOfExpiry.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + dateOfExpiry + "' is not an existing date written YYYY-MM-DD");
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        MrzFields.Builder b = MrzFields.builder(parsedFormat).name(name).sex(parsedSex).dateOfBirth(birth).dateOfExpiry(expiry)
                .optionalData(optionalData == null ? new String[0] : optionalData.stream().map(s -> s == null ? "" : s).toArray(String[]::new));
        if (code != null) {
            b.documentCode(code.value());
        }
        return b.issuingState(state.value()).nationality(nation.value()).documentNumber(number.value()).build();
    }

    private static <T> T field(List<FieldProblem> problems, String field, Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(new FieldProblem(field, e.getMessage() == null ? "missing" : e.getMessage()));
            return null;
        }
    }

    /** One refused field. */
    public record FieldProblem(String field, String message) {
    }

    /** Fields of the right shape that do not make sense; answered with 422. */
    static final class InvalidFieldsException extends RuntimeException {
        private final List<FieldProblem> problems;

        InvalidFieldsException(List<FieldProblem> problems) {
            super(problems.size() + " field(s) refused");
            this.problems = List.copyOf(problems);
        }

        List<FieldProblem> problems() {
            return problems;
        }
    }
}
