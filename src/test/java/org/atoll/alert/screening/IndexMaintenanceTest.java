package org.atoll.alert.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atoll.alert.screening.WatchlistFixture.anAlert;
import static org.atoll.alert.screening.WatchlistFixture.idOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class IndexMaintenanceTest {

    private final ScreeningEngine engine = WatchlistFixture.engine(false);

    private List<String> referencesFor(String name) {
        return engine.screen(ScreeningQuery.forName(name).build()).candidates().stream().map(Candidate::externalReference).toList();
    }

    @Test
    void findsAnAlertAddedAfterTheIndexWasBuilt() {
        assertThat(referencesFor("Kwabena Mensah Boateng")).isEmpty();
        engine.put(anAlert("X-100").name("Kwabena Mensah Boateng").bornOn("1984-02-29").build());
        assertThat(referencesFor("Kwabena Mensah Boateng")).containsExactly("X-100");
        assertThat(engine.personAlertCount()).isEqualTo(15);
    }

    @Test
    void aReplacedAlertIsFoundUnderItsNewNameOnlyAndReportsItsNewVersion() {
        engine.put(anAlert("X-004").version(2).name("Chukwuemeka Obi").bornOn("1988-01-15").build());
        assertThat(referencesFor("Oluwaseun Adebayo Okonkwo")).doesNotContain("X-004");
        Candidate c = engine.screen(ScreeningQuery.forName("Chukwuemeka Obi").build()).candidates().get(0);
        assertThat(c.externalReference()).isEqualTo("X-004");
        assertThat(c.alertVersion()).isEqualTo(2);
        assertThat(engine.personAlertCount()).isEqualTo(14);
    }

    @Test
    void aRemovedAlertIsNoLongerFound() {
        assertThat(engine.remove(idOf("QDi.422"))).isTrue();
        assertThat(referencesFor("Mohammed Masood Azhar Alvi")).doesNotContain("QDi.422");
        assertThat(engine.remove(idOf("QDi.422"))).isFalse();
        assertThat(engine.personAlertCount()).isEqualTo(13);
    }

    @Test
    void aFalsePositiveForTheSameTravellerAndAlertVersionDoesNotComeBack() {
        TravelDocument passport = TravelDocument.of("NLD", "NX4411223");
        ScreeningQuery query = ScreeningQuery.forName("Johannes van der Berg").document(passport).build();
        Suppressions judged = Suppressions.of(Set.of(SuppressionKey.of(idOf("X-001"), 1, passport)));

        assertThat(engine.screen(query, judged).candidates()).extracting(Candidate::externalReference).doesNotContain("X-001");

        ScreeningQuery otherTraveller = ScreeningQuery.forName("Johannes van der Berg").document("NLD", "NX9999999").build();
        assertThat(engine.screen(otherTraveller, judged).candidates()).extracting(Candidate::externalReference).contains("X-001");

        engine.put(anAlert("X-001").version(2).name("Johannes van der Berg").bornOn("1975-03-02").nationality("NLD").build());
        assertThat(engine.screen(query, judged).candidates()).extracting(Candidate::externalReference).contains("X-001");
    }

    @Test
    void screeningGoesOnCorrectlyWhileAlertsChange() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Thread> screeners = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            Thread screener = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        List<Candidate> c = engine.screen(ScreeningQuery.forName("Aiman al-Zawahiri").bornOn("1951-06-19").build()).candidates();
                        if (c.isEmpty() || !c.get(0).externalReference().equals("QDi.006")) {
                            failures.add(new AssertionError("lost QDi.006: " + c));
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
            });
            screener.start();
            screeners.add(screener);
        }
        for (int i = 0; i < 2_000; i++) {
            engine.put(anAlert("T-" + (i % 50)).version(i).name("Temporary Person" + (char) ('A' + i % 26) + " Number" + i).build());
            if (i % 3 == 0) engine.remove(idOf("T-" + (i % 50)));
        }
        stop.set(true);
        for (Thread s : screeners) s.join();
        assertThat(failures).isEmpty();
        assertThat(referencesFor("Temporary PersonX Number1999")).contains("T-49");
    }
}
