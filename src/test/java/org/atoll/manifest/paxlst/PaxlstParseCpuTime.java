package org.atoll.manifest.paxlst;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.ToLongFunction;
import org.atoll.manifest.bench.PaxlstParseBenchmark;

/**
 * Where the PAXLST parse time goes, in CPU time of the parsing thread (ThreadMXBean), which other
 * processes on a shared machine do not inflate as much as wall-clock time: each stage of
 * {@link PaxlstParser} on the generated 500-passenger message, StAEDI's tokenizing (the former
 * parse path, now the test oracle) for comparison, and the whole parse.
 * Run: {@code java -cp target/classes:target/test-classes:<test classpath> org.atoll.manifest.paxlst.PaxlstParseCpuTime}
 */
public final class PaxlstParseCpuTime {

    private PaxlstParseCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        byte[] message = PaxlstParseBenchmark.generated(500, 42);
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, false);
        EdifactText text = EdifactText.of(message);
        byte[] utf8 = text.text.getBytes(StandardCharsets.UTF_8);
        PaxlstParser parser = new PaxlstParser();

        int persons = 500;
        measure("decode + clean (EdifactText.of)", message.length, persons, m -> EdifactText.of(m).text.length(), message);
        measure("re-encode to UTF-8", message.length, persons, m -> text.text.getBytes(StandardCharsets.UTF_8).length,
                message);
        measure("EdifactTokenizer (clean text to segments)", message.length, persons,
                m -> EdifactTokenizer.segments(text.text).size(), message);
        measure("StAEDI events only", message.length, persons, m -> events(factory, utf8, false), message);
        measure("StAEDI events + getText + getLocation", message.length, persons, m -> events(factory, utf8, true),
                message);
        measure("whole parse, generated500", message.length, persons, m -> parser.parse(m).persons().size(), message);

        // the JMH "real" corpus: one round parses each real message once
        List<byte[]> real = PaxlstParseBenchmark.realMessages();
        int realBytes = real.stream().mapToInt(m -> m.length).sum();
        int realPersons = real.stream().mapToInt(m -> parser.parse(m).persons().size()).sum();
        measure("whole parse, real (" + real.size() + " messages)", realBytes, realPersons, m -> {
            long n = 0;
            for (byte[] each : real) {
                n += parser.parse(each).persons().size();
            }
            return n;
        }, message);
    }

    static long events(EDIInputFactory factory, byte[] utf8, boolean read) {
        long n = 0;
        try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(utf8), "UTF-8")) {
            while (reader.hasNext()) {
                EDIStreamEvent e = reader.next();
                if (read && e == EDIStreamEvent.ELEMENT_DATA) {
                    n += reader.getText().length() + reader.getLocation().getElementPosition();
                } else {
                    n++;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return n;
    }

    static void measure(String stage, int bytes, int persons, ToLongFunction<byte[]> work, byte[] message) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        double best = 0;
        for (int round = 1; round <= 8; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            int iterations = 0;
            while (threads.getCurrentThreadCpuTime() - cpu < 1_000_000_000L) {
                sink += work.applyAsLong(message);
                iterations++;
            }
            cpu = threads.getCurrentThreadCpuTime() - cpu;
            double perCpuSecond = iterations * 1e9 / cpu;
            if (round > 3) {
                best = Math.max(best, perCpuSecond);
            }
        }
        System.out.printf("%-42s %8.0f rounds per CPU-second = %6.1f MB/s, %,10.0f persons/s (sink %d)%n", stage, best,
                best * bytes / 1e6, best * persons, sink % 10);
    }
}
