package org.atoll.regulation;

import org.atoll.reference.CountryCode;

/**
 * The set cannot answer: no regime covers this nationality and purpose, or a rule points to a
 * type the set lacks. Validation keeps published sets free of gaps; drafts under preview may have them.
 */
public class RegulationGapException extends IllegalStateException {

    public RegulationGapException(String message) {
        super(message);
    }

    public static RegulationGapException noRegime(RegulationSet set, CountryCode nationality, Purpose purpose) {
        return new RegulationGapException("Regulation set version " + set.version() + " has no regime for nationality "
                + nationality + " and purpose " + purpose);
    }
}
