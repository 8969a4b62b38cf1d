package org.atoll.manifest;

import java.util.List;

/** A manifest that cannot be read; {@link #errors()} starts with the first error found. */
public class ManifestFormatException extends RuntimeException {

    private final transient List<ManifestIssue> errors;

    public ManifestFormatException(List<ManifestIssue> errors) {
        super(errors.isEmpty() ? "Unreadable manifest" : errors.get(0).toString());
        this.errors = List.copyOf(errors);
    }

    public ManifestFormatException(ManifestIssue error) {
        this(List.of(error));
    }

    public List<ManifestIssue> errors() {
        return errors;
    }

    public ManifestIssue firstError() {
        return errors.get(0);
    }
}
