package org.atoll.manifest.paxlst;

import static org.assertj.core.api.Assertions.assertThat;

import org.atoll.manifest.ParsedManifest;
import org.atoll.manifest.bench.PaxlstParseBenchmark;
import org.junit.jupiter.api.Test;

class GeneratedManifestTest {

    @Test
    void theBenchmarksGeneratedMessageParsesToFiveHundredPassengersWithoutWarnings() {
        ParsedManifest m = new PaxlstParser().parse(PaxlstParseBenchmark.generated(500, 42));

        assertThat(m.passengers()).isEqualTo(500);
        assertThat(m.declaredPassengers()).isEqualTo(500);
        assertThat(m.persons()).allMatch(p -> p.documents().size() == 1 && p.dateOfBirth() != null);
        assertThat(m.warnings()).isEmpty();
    }
}
