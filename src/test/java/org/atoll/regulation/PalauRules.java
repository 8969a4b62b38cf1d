package org.atoll.regulation;

import java.time.LocalDate;
import org.atoll.regulation.internal.RegulationSetJson;

/** The shipped Palau set, loaded once per call (sets are mutable only as drafts, so a fresh copy each time). */
final class PalauRules {

    static final LocalDate ARRIVAL = LocalDate.of(2025, 6, 2);

    private PalauRules() {
    }

    static RegulationSet palau() {
        return new RegulationSetJson().loadPalauDefault();
    }

    /** A draft of version 2, copied from the shipped set, taking effect on the given date. */
    static RegulationSet palauDraft(LocalDate effectiveDate) {
        return palau().draftNextVersion(RegulationSetId.random(), 2, effectiveDate);
    }

    static RegulationSet palauDraft() {
        return palauDraft(LocalDate.of(2025, 9, 1));
    }
}
