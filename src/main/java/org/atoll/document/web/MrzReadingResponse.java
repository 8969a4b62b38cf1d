package org.atoll.document.web;

import java.util.List;
import org.atoll.document.CheckDigitResult;
import org.atoll.document.DocumentCode;
import org.atoll.document.DocumentNumber;
import org.atoll.document.MrzError;
import org.atoll.document.MrzReading;
import org.atoll.document.MrzWarning;
import org.atoll.document.PartialDate;
import org.atoll.document.PersonName;

/** A reading as the API writes it: values as text (dates ISO 8601, partial when unknown), verdicts, findings. */
public record MrzReadingResponse(
        String format,
        String documentCode,
        String issuingState,
        String surname,
        String givenNames,
        boolean nameMayBeTruncated,
        String documentNumber,
        String nationality,
        String dateOfBirth,
        String sex,
        String dateOfExpiry,
        List<String> optionalData,
        List<CheckDigit> checkDigits,
        boolean valid,
        boolean codesKnown,
        String expiryStatus,
        List<Error> errors,
        List<Warning> warnings,
        List<String> lines) {

    public record CheckDigit(String field, String expected, String found, boolean valid, int line, int position) {
        static CheckDigit of(CheckDigitResult r) {
            return new CheckDigit(r.field().label(), String.valueOf(r.expected()), String.valueOf(r.found()), r.valid(),
                    r.line(), r.position());
        }
    }

    public record Error(String field, int line, int position, String message) {
        static Error of(MrzError e) {
            return new Error(e.field().label(), e.line(), e.position(), e.message());
        }
    }

    public record Warning(String kind, String field, String message) {
        static Warning of(MrzWarning w) {
            return new Warning(w.kind().name(), w.field().label(), w.message());
        }
    }

    public static MrzReadingResponse of(MrzReading r) {
        return new MrzReadingResponse(
                r.format().label(),
                r.documentCode().map(DocumentCode::value).orElse(null),
                r.issuingState().map(Object::toString).orElse(null),
                r.name().map(PersonName::primaryIdentifier).orElse(null),
                r.name().map(PersonName::secondaryIdentifier).orElse(null),
                r.nameMayBeTruncated(),
                r.documentNumber().map(DocumentNumber::value).orElse(null),
                r.nationality().map(Object::toString).orElse(null),
                r.dateOfBirth().map(PartialDate::toString).orElse(null),
                r.sex().map(Enum::name).orElse(null),
                r.dateOfExpiry().map(Object::toString).orElse(null),
                r.optionalData(),
                r.checkDigits().stream().map(CheckDigit::of).toList(),
                r.valid(),
                r.codesKnown(),
                r.expiryStatus().name(),
                r.errors().stream().map(Error::of).toList(),
                r.warnings().stream().map(Warning::of).toList(),
                r.lines());
    }
}
