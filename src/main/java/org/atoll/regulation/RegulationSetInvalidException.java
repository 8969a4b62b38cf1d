package org.atoll.regulation;

/** Publication refused: the draft has errors. */
public class RegulationSetInvalidException extends IllegalStateException {

    private final ValidationReport report;

    public RegulationSetInvalidException(ValidationReport report) {
        super("The regulation set cannot be published:\n" + report);
        this.report = report;
    }

    public ValidationReport report() {
        return report;
    }
}
