package org.atoll.alert.screening;

import java.util.Set;
import java.util.UUID;

/** Tells the engine which hits officers already judged false positives for this traveller. */
@FunctionalInterface
public interface Suppressions {

    boolean isSuppressed(UUID alertId, long alertVersion, String travellerDocumentKey);

    Suppressions NONE = (alertId, version, key) -> false;

    static Suppressions of(Set<SuppressionKey> keys) {
        Set<SuppressionKey> copy = Set.copyOf(keys);
        return (alertId, version, key) -> copy.contains(new SuppressionKey(alertId, version, key));
    }
}
