package org.atoll.regulation;

/** A published or superseded set was asked to change; draft a new version instead. */
public class RegulationSetNotEditableException extends IllegalStateException {

    public RegulationSetNotEditableException(RegulationSetId id, int version, RegulationSetStatus status) {
        super("Regulation set version " + version + " (" + id + ") is " + status
                + " and cannot change; draft a new version from it");
    }
}
