package org.atoll.regulation;

import java.util.List;
import java.util.stream.Collectors;
import org.atoll.reference.CountryCode;

/** What a draft would change against the set in force, over the cases compared. */
public record ImpactReport(RegulationBasis inForce, RegulationBasis draft, int casesCompared, List<ImpactChange> changes) {

    public ImpactReport {
        changes = List.copyOf(changes);
    }

    public boolean changesNothing() {
        return changes.isEmpty();
    }

    public List<ImpactChange> outcomeChanges() {
        return changes.stream().filter(ImpactChange::outcomeChanged).collect(Collectors.toList());
    }

    public List<ImpactChange> changesFor(CountryCode nationality) {
        return changes.stream()
                .filter(c -> Nationalities.canonical(c.impactCase().request().nationality()).equals(Nationalities.canonical(nationality)))
                .collect(Collectors.toList());
    }
}
