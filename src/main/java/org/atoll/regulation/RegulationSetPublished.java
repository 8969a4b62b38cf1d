package org.atoll.regulation;

import java.time.LocalDate;
import java.util.Optional;

/** A regulation set was published; it answers from its effective date on. */
public record RegulationSetPublished(
        RegulationSetId setId,
        int version,
        LocalDate effectiveDate,
        LocalDate publishedOn,
        Optional<RegulationSetId> supersedes) {
}
