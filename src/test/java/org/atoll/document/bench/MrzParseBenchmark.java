package org.atoll.document.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.atoll.document.MachineReadableZones;
import org.atoll.document.MrzFields;
import org.atoll.document.MrzFormat;
import org.atoll.document.MrzReading;
import org.atoll.document.PartialDate;
import org.atoll.document.Sex;
import org.atoll.reference.KnownCodes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse-and-validate throughput of one core: a rotating set of 1,024 distinct, valid zones
 * typed with line feeds, each read with every check digit, date, code look-up and expiry verdict.
 * Target: at least 500,000 TD3 zones per second per core. Run:
 * {@code ./mvnw -o -q -Pbench test-compile exec:exec -Dbench.args="MrzParseBenchmark -f 1 -wi 3 -i 5"}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class MrzParseBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final String[] STATES = {"UTO", "D", "GBR", "USA", "CHN", "PLW", "FRA", "JPN", "AUS", "PHL", "XXA", "KOR"};

    private MachineReadableZones zones;
    private String[] td3;
    private String[] td1;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        // A hash set look-up stands in for the reference module's country list.
        Set<String> known = new HashSet<>(Set.of(STATES));
        for (int i = 0; i < 250; i++) {
            known.add("Q" + (char) ('A' + i % 26) + (char) ('A' + i / 26));
        }
        KnownCodes knownCodes = (code, on) -> known.contains(code.value());
        zones = new MachineReadableZones(knownCodes, Clock.systemUTC());
        Random random = new Random(9303);
        td3 = new String[1024];
        td1 = new String[1024];
        for (int i = 0; i < td3.length; i++) {
            td3[i] = zones.generate(fields(MrzFormat.TD3, random)).text();
            td1[i] = zones.generate(fields(MrzFormat.TD1, random)).text();
            if (!zones.read(td3[i], TODAY).valid() || !zones.read(td1[i], TODAY).valid()) {
                throw new IllegalStateException("benchmark zones must be valid");
            }
        }
    }

    private static MrzFields fields(MrzFormat format, Random random) {
        return MrzFields.builder(format)
                .issuingState(STATES[random.nextInt(STATES.length)])
                .nationality(STATES[random.nextInt(STATES.length)])
                .name(word(random, 4 + random.nextInt(10)) + (random.nextBoolean() ? " " + word(random, 5) : ""),
                        word(random, 3 + random.nextInt(8)) + " " + word(random, 4))
                .documentNumber(word(random, 2) + (10_000_000 + random.nextInt(89_999_999)) / 10)
                .dateOfBirth(PartialDate.of(TODAY.minusDays(random.nextInt(90 * 365))))
                .sex(random.nextBoolean() ? Sex.FEMALE : Sex.MALE)
                .dateOfExpiry(TODAY.plusDays(random.nextInt(3650) - 1000))
                .optionalData(random.nextBoolean() ? word(random, 9) : "")
                .build();
    }

    private static String word(Random random, int length) {
        char[] c = new char[length];
        for (int i = 0; i < length; i++) {
            c[i] = (char) ('A' + random.nextInt(26));
        }
        return new String(c);
    }

    @Benchmark
    public MrzReading readTd3() {
        String zone = td3[next++ & 1023];
        return zones.read(zone, TODAY);
    }

    @Benchmark
    public MrzReading readTd1() {
        String zone = td1[next++ & 1023];
        return zones.read(zone, TODAY);
    }
}
