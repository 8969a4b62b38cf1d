package org.atoll.manifest.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.atoll.manifest.ParsedManifest;
import org.atoll.manifest.paxlst.PaxlstParser;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PAXLST parse throughput on one thread: the real messages (all of them in turn, read from
 * {@code -Dpaxlst.dir=...}, default the copies in src/test/resources/manifest) and a generated
 * 500-passenger D05B message. The auxiliary counters give bytes/s and passengers/s directly.
 * Targets: at least 20 MB/s and 150,000 passengers/s. Run:
 * {@code ./mvnw -o -q -Pbench test-compile exec:exec -Dbench.args="PaxlstParseBenchmark -f 1 -wi 3 -i 5"}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class PaxlstParseBenchmark {

    @Param({"real", "generated500"})
    public String corpus;

    private final PaxlstParser parser = new PaxlstParser();
    private List<byte[]> messages;
    private int next;

    /** Rates of bytes and passengers read, reported by JMH per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long bytes;
        public long passengers;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
            passengers = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        messages = corpus.equals("real") ? realMessages() : List.of(generated(500, 42));
    }

    @Benchmark
    public ParsedManifest parse(Counters counters) {
        byte[] message = messages.get(next);
        next = (next + 1) % messages.size();
        ParsedManifest m = parser.parse(message);
        counters.bytes += message.length;
        counters.passengers += m.persons().size();
        return m;
    }

    /** The real messages in turn: {@code -Dpaxlst.dir=...}, by default the copies in src/test/resources/manifest. */
    public static List<byte[]> realMessages() throws IOException {
        String dir = System.getProperty("paxlst.dir");
        List<byte[]> found = new ArrayList<>();
        if (dir != null) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".edi")).sorted().toList()) {
                    found.add(Files.readAllBytes(p));
                }
            }
            return found;
        }
        for (String name : List.of("gtas_Test1_crew_BGM250.edi", "gtas_Test3_206pax_latin1.edi",
                "gtas_airline2_custom_delims.edi", "gtas_apisMessage_leading_spaces.edi",
                "gtas_inline_MEA_bags_empty_DOC.edi", "gtas_inline_legacy_US_EDIFACT_4pax.edi",
                "gtas_inline_legacy_US_EDIFACT_progressive.edi", "gtas_inline_single_TDT_LOC92_two_legs.edi",
                "gtas_multiple_flight_leg.edi", "guide_example_5_1_single_sector_pax.edi", "guide_example_5_2_crew.edi",
                "guide_example_5_3_progressive.edi", "smooks_d03b_ace_message_01.edi")) {
            try (InputStream in = PaxlstParseBenchmark.class.getResourceAsStream("/manifest/" + name)) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException("missing " + name));
                }
                found.add(in.readAllBytes());
            }
        }
        return found;
    }

    /** A D05B passenger list with {@code passengers} full person groups, seeded. */
    public static byte[] generated(int passengers, long seed) {
        Random random = new Random(seed);
        String[] surnames = {"REMENGESAU", "NGIRAINGAS", "SMITH", "TANAKA", "GARCIA", "KIM", "O?'BRIEN", "NGUYEN"};
        String[] given = {"TOMMY", "ANNA MARIA", "JOHN", "YUKI", "JOSE", "MIN", "SEAN", "LAN"};
        String[] states = {"PLW", "USA", "JPN", "KOR", "PHL", "AUS", "TWN", "FSM"};
        StringBuilder s = new StringBuilder(passengers * 260);
        s.append("UNA:+.? 'UNB+UNOA:4+PLWAIR+PWCUSTOMS+260301:0900+GEN").append(seed).append("'\r\n")
                .append("UNH+1+PAXLST:D:05B:UN:IATA'\r\nBGM+745'\r\nNAD+MS+++OPS CONTROL'\r\n")
                .append("TDT+20+PA101+++PA'\r\nLOC+125+GUM'\r\nDTM+189:2603011000:201'\r\nLOC+87+ROR'\r\n")
                .append("DTM+232:2603011300:201'\r\n");
        int segments = 8;
        for (int i = 0; i < passengers; i++) {
            String state = states[random.nextInt(states.length)];
            s.append("NAD+FL+++").append(surnames[random.nextInt(surnames.length)]).append(':')
                    .append(given[random.nextInt(given.length)]).append("'\r\n")
                    .append("ATT+2++").append(random.nextBoolean() ? 'M' : 'F').append("'\r\n")
                    .append(String.format("DTM+329:%02d%02d%02d'\r\n", 40 + random.nextInt(60), 1 + random.nextInt(12),
                            1 + random.nextInt(28)))
                    .append("LOC+178+GUM'\r\nLOC+179+ROR'\r\nLOC+174+").append(state).append("'\r\n")
                    .append("NAT+2+").append(state).append("'\r\n")
                    .append("RFF+AVF:").append(Integer.toString(100000 + i, 36).toUpperCase()).append("'\r\n")
                    .append("DOC+P+").append(state.charAt(0)).append(10000000 + random.nextInt(89999999)).append("'\r\n")
                    .append(String.format("DTM+36:%02d%02d%02d'\r\n", 27 + random.nextInt(10), 1 + random.nextInt(12),
                            1 + random.nextInt(28)))
                    .append("LOC+91+").append(state).append("'\r\n");
            segments += 11;
        }
        s.append("CNT+42:").append(passengers).append("'\r\nUNT+").append(segments + 2).append("+1'\r\nUNZ+1+GEN")
                .append(seed).append("'\r\n");
        return s.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
