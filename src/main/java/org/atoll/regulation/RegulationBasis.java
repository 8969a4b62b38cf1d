package org.atoll.regulation;

import java.time.LocalDate;

/** Which set an answer rests on, so that it can be reproduced later. */
public record RegulationBasis(RegulationSetId setId, int version, String title, LocalDate effectiveDate) {
}
