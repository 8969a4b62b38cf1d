package org.atoll.regulation.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.atoll.reference.CountryCode;
import org.atoll.reference.KnownCodes;
import org.atoll.regulation.Declared;
import org.atoll.regulation.EarlierStay;
import org.atoll.regulation.EligibilityDecision;
import org.atoll.regulation.EligibilityEngine;
import org.atoll.regulation.EligibilityRequest;
import org.atoll.regulation.Money;
import org.atoll.regulation.Purpose;
import org.atoll.regulation.RegulationSet;
import org.atoll.regulation.TravelDocument;
import org.atoll.regulation.internal.RegulationSetJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One eligibility decision under the shipped Palau set: a visa-on-arrival tourist, and a Schengen tourist with earlier stays. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EligibilityBenchmark {

    private static final LocalDate ARRIVAL = LocalDate.of(2025, 6, 2);

    private RegulationSet palau;
    private EligibilityEngine engine;
    private EligibilityRequest australian;
    private EligibilityRequest german;

    @Setup
    public void setUp() {
        palau = new RegulationSetJson().loadPalauDefault();
        List<EarlierStay> stays = List.of(EarlierStay.between(ARRIVAL.minusDays(150), ARRIVAL.minusDays(121)),
                EarlierStay.between(ARRIVAL.minusDays(60), ARRIVAL.minusDays(41)));
        engine = new EligibilityEngine(KnownCodes.ANY, (traveller, from, to) -> stays);
        australian = request("AUS");
        german = request("D");
    }

    private static EligibilityRequest request(String nationality) {
        return EligibilityRequest.builder()
                .nationality(CountryCode.of(nationality))
                .document(new TravelDocument("P", Optional.of("PA1234567"), ARRIVAL.plusYears(5)))
                .purpose(Purpose.TOURISM)
                .intendedStayDays(14)
                .arrivalDate(ARRIVAL)
                .onwardTicket(Declared.YES)
                .declaredFunds(Money.usd(1000))
                .build();
    }

    @Benchmark
    public EligibilityDecision visaOnArrivalTourist() {
        return engine.decide(palau, australian);
    }

    @Benchmark
    public EligibilityDecision schengenTouristWithEarlierStays() {
        return engine.decide(palau, german);
    }

    @Benchmark
    public RegulationSet loadShippedSet() {
        return new RegulationSetJson().loadPalauDefault();
    }
}
