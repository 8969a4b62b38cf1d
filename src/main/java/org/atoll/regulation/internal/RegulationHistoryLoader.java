package org.atoll.regulation.internal;

import java.util.List;
import org.atoll.regulation.RegulationHistory;
import org.atoll.regulation.RegulationSet;
import org.atoll.regulation.RegulationSetValidator;
import org.springframework.dao.DuplicateKeyException;

/**
 * Builds the history from storage; on first start, stores the shipped Palau set first. The
 * shipped set has a fixed id, so two nodes starting together store it once.
 */
public class RegulationHistoryLoader {

    private final JdbcRegulationSetStore store;
    private final RegulationSetJson json;
    private final RegulationSetValidator validator;

    public RegulationHistoryLoader(JdbcRegulationSetStore store, RegulationSetJson json, RegulationSetValidator validator) {
        this.store = store;
        this.json = json;
        this.validator = validator;
    }

    public RegulationHistory load() {
        List<RegulationSet> stored = store.findBinding();
        if (stored.isEmpty()) {
            RegulationSet shipped = json.loadPalauDefault();
            try {
                store.insert(shipped);
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                // the same fixed id: the other node stored the same document
            }
            stored = store.findBinding();
        }
        return RegulationHistory.of(validator, stored);
    }
}
