package org.atoll.regulation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The errors found in a draft; a clean report allows publication. */
public record ValidationReport(List<ValidationError> errors) {

    public ValidationReport {
        errors = List.copyOf(errors);
    }

    public boolean isClean() {
        return errors.isEmpty();
    }

    public List<ValidationError> ofKind(ValidationErrorKind kind) {
        return errors.stream().filter(e -> e.kind() == kind).collect(Collectors.toList());
    }

    public ValidationReport and(List<ValidationError> more) {
        List<ValidationError> all = new ArrayList<>(errors);
        all.addAll(more);
        return new ValidationReport(all);
    }

    @Override
    public String toString() {
        return isClean() ? "clean" : errors.stream().map(ValidationError::toString).collect(Collectors.joining("\n"));
    }
}
