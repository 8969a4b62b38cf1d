package org.atoll.manifest.screening;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The pre-arrival screening of one person: status, the reasons (for the authority only, never
 * shown to the carrier), the alert hits to dispose of at the booth, and whether the person is
 * expected to need a visa they do not hold (also when referred for another reason).
 */
public record PreArrivalVerdict(ScreeningStatus status, List<String> reasons, List<UUID> hitIds, boolean visaNeeded) {

    public PreArrivalVerdict {
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
        hitIds = List.copyOf(hitIds);
    }

    public static PreArrivalVerdict error(String why) {
        return new PreArrivalVerdict(ScreeningStatus.ERROR, List.of("screening failed: " + why), List.of(), false);
    }
}
