package org.atoll.manifest.paxlst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.atoll.manifest.ManifestFormatException;
import org.junit.jupiter.api.Test;

/**
 * {@link EdifactTokenizer} against StAEDI, the prescribed EDIFACT library, as the parser used it
 * before ADR 0006 (same factory properties): every real PAXLST message of the test data and
 * seeded generated interchanges (random UNA delimiters, syntax versions 3 and 4, released
 * delimiters and release characters in names, repetitions, line breaks and indentation between
 * and inside segments) must give the same sequence of segment tags and values with their element,
 * component and repetition positions; corrupted interchanges must be refused by both or read alike.
 */
class EdifactTokenizerDifferentialTest {

    private static final int GENERATED = 300;

    private final EDIInputFactory factory = staedi();

    private static EDIInputFactory staedi() {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, false);
        return factory;
    }

    @Test
    void readsEveryRealPaxlstMessageOfTheTestDataAsStaediDoes() throws IOException, URISyntaxException {
        List<Path> messages;
        try (Stream<Path> files = Files.list(Path.of(getClass().getResource("/manifest").toURI()))) {
            messages = files.filter(f -> f.toString().endsWith(".edi")).sorted().toList();
        }
        assertThat(messages).hasSizeGreaterThanOrEqualTo(13);
        for (Path message : messages) {
            String text = EdifactText.of(Files.readAllBytes(message)).text;

            List<String> ours = ours(text);

            assertSame(message.getFileName().toString(), ours, staedi(withoutBlankRepetitionSeparator(text)));
            assertThat(ours).as(message.getFileName().toString()).hasSizeGreaterThan(20);
        }
    }

    /**
     * A blank repetition separator in the service string advice (UNA:+.? ') is none for our tokenizer
     * but a separator for StAEDI from syntax version 4, which would cut names at their blanks: StAEDI
     * is given a repetition separator the message does not use instead, which is what "none" means.
     */
    static String withoutBlankRepetitionSeparator(String text) {
        if (!text.startsWith("UNA") || text.length() < 9 || text.charAt(7) != ' ') {
            return text;
        }
        for (char unused : "*^~`|\\".toCharArray()) {
            if (text.indexOf(unused) < 0) {
                return text.substring(0, 7) + unused + text.substring(8);
            }
        }
        throw new IllegalStateException("no unused character for the repetition separator");
    }

    @Test
    void readsSeededGeneratedInterchangesAsStaediDoesWithAndWithoutTheParsersCleaning() {
        int withUna = 0;
        int versionFour = 0;
        int released = 0;
        for (long seed = 1; seed <= GENERATED; seed++) {
            Interchange g = Interchange.generate(seed);
            byte[] bytes = g.text.getBytes(g.charset);

            // as written, line breaks and indentation included: both tokenizers skip them
            List<String> ours = ours(g.text);
            assertSame("seed " + seed + " as written:\n" + g.text, ours, staedi(bytes, g.charset));
            // as the parser hands it over: decoded by the UNB syntax identifier and cleaned (EdifactText
            // takes a blank release character for none, as before version 4, so not for those)
            if (g.release != ' ' || !g.versionFour) {
                String clean = EdifactText.of(bytes).text;
                assertSame("seed " + seed + " cleaned:\n" + clean, ours(clean), staedi(clean));
            }

            assertThat(ours).as("seed %d", seed).hasSizeGreaterThan(40);
            withUna += g.una ? 1 : 0;
            versionFour += g.versionFour ? 1 : 0;
            released += g.released;
        }
        // the generator covers what it is for
        assertThat(withUna).isBetween(GENERATED / 2, GENERATED - 20);
        assertThat(versionFour).isBetween(GENERATED / 4, GENERATED * 3 / 4);
        assertThat(released).isGreaterThan(GENERATED);
    }

    @Test
    void refusesOrReadsCorruptedInterchangesAsStaediDoes() {
        Random random = new Random(11);
        int refused = 0;
        int read = 0;
        for (long seed = 1; seed <= GENERATED; seed++) {
            Interchange g = Interchange.generate(seed);
            char[] text = g.text.toCharArray();
            String noise = "" + g.component + g.element + g.release + g.repetition + g.terminator + " \n\t9X";
            for (int k = 0; k < 1 + random.nextInt(3); k++) {
                text[random.nextInt(text.length)] = noise.charAt(random.nextInt(noise.length()));
            }
            String corrupted = new String(text, 0, random.nextInt(4) == 0 ? random.nextInt(text.length) : text.length);

            List<String> ours;
            try {
                ours = ours(corrupted);
            } catch (ManifestFormatException e) {
                ours = null;
                assertThat(e.firstError().segment()).isPositive();
            }
            List<String> theirs = staediOrNull(corrupted.getBytes(g.charset), g.charset);

            if (ours == null || theirs == null) {
                assertThat(ours == null).as("seed %d: refused by us %s, by StAEDI %s:\n%s", seed, ours == null,
                        theirs == null, corrupted).isEqualTo(theirs == null);
                refused++;
            } else {
                assertSame("corrupted seed " + seed + ":\n" + corrupted, ours, theirs);
                read++;
            }
        }
        assertThat(refused).isGreaterThan(GENERATED / 10);
        assertThat(read).isGreaterThan(GENERATED / 10);
    }

    // ---------------------------------------------------------------- the two tokenizers

    /** One line per segment ("3 NAD") and per value ("3 NAD 4.2.1 MARY": element, component, repetition). */
    private static List<String> ours(String text) {
        List<String> tokens = new ArrayList<>();
        for (Segment s : EdifactTokenizer.segments(text)) {
            tokens.add(s.number + " " + s.tag);
            for (int k = 0; k < s.valueCount(); k++) {
                tokens.add(s.number + " " + s.tag + " " + s.element(k) + "." + s.component(k) + "." + s.repetition(k)
                        + " " + s.text(k));
            }
        }
        return tokens;
    }

    /** The parser's former StAEDI path: Latin-1 when the clean text fits, UTF-8 otherwise. */
    private List<String> staedi(String cleanText) {
        boolean latin1 = cleanText.chars().allMatch(c -> c <= 0xFF);
        Charset charset = latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
        return staedi(cleanText.getBytes(charset), charset);
    }

    private List<String> staedi(byte[] bytes, Charset charset) {
        try {
            return staediTokens(bytes, charset);
        } catch (Exception e) {
            throw new AssertionError("StAEDI refused it: " + e.getMessage(), e);
        }
    }

    private List<String> staediOrNull(byte[] bytes, Charset charset) {
        try {
            return staediTokens(bytes, charset);
        } catch (Exception e) {
            return null;
        }
    }

    private List<String> staediTokens(byte[] bytes, Charset charset) throws Exception {
        List<String> tokens = new ArrayList<>();
        int number = 0;
        String tag = null;
        boolean ended = false;
        try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(bytes), charset.name())) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event == EDIStreamEvent.START_SEGMENT) {
                    tag = reader.getText();
                    if (tag.equals("UNA")) {
                        tag = null; // the service string advice is not a segment
                    } else {
                        tokens.add(++number + " " + tag);
                    }
                } else if (event == EDIStreamEvent.ELEMENT_DATA && tag != null) {
                    Location at = reader.getLocation();
                    tokens.add(number + " " + tag + " " + at.getElementPosition() + "."
                            + Math.max(at.getComponentPosition(), 0) + "." + at.getElementOccurrence() + " "
                            + reader.getText());
                } else if (event == EDIStreamEvent.END_INTERCHANGE) {
                    ended = true;
                    break; // the tokenizer stops after UNZ as well (the parser's cleaning drops what follows)
                }
            }
        }
        if (!ended) {
            throw new IllegalStateException("no END_INTERCHANGE");
        }
        return tokens;
    }

    private static void assertSame(String what, List<String> ours, List<String> theirs) {
        int n = Math.min(ours.size(), theirs.size());
        for (int i = 0; i < n; i++) {
            if (!ours.get(i).equals(theirs.get(i))) {
                fail("%s%nfirst difference at token %d: ours '%s', StAEDI '%s'%nbefore: %s", what, i, ours.get(i),
                        theirs.get(i), ours.subList(Math.max(0, i - 5), i));
            }
        }
        if (ours.size() != theirs.size()) {
            fail("%s%nours has %d tokens, StAEDI %d; the longer goes on with %s", what, ours.size(), theirs.size(),
                    (ours.size() > n ? ours : theirs).subList(n, Math.min(n + 5, Math.max(ours.size(), theirs.size()))));
        }
    }

    // ---------------------------------------------------------------- the generator

    /** A seeded PAXLST interchange with random delimiters, written as a carrier's system might. */
    static final class Interchange {

        private static final String DELIMITERS = ":+.?*'|!#$%&/\\^~_,;=@";
        private static final String[] SURNAMES = {"O'NEIL", "SMITH-JONES", "MÜLLER", "NGUYEN VAN", "D:ARCY", "KIM",
                "PLUS+MINUS", "QUESTION?MARK", "STAR*BURST", "ŁUKASZEWICZ", "O''HARA", "REMENGESAU"};
        private static final String[] GIVEN = {"MARY ANN", "JOSÉ", "TOMMY", "ANNA|MARIA", "JEAN-LUC", "YUKI",
                "ZOË", "A.B", "#1", "SEAN"};

        final String text;
        final Charset charset;
        final boolean una;
        final boolean versionFour;
        final char component;
        final char element;
        final char release;
        final char repetition;
        final char terminator;
        int released;

        private final Random random;
        private final boolean releaseActive;
        private final boolean repetitionActive;
        private final boolean utf8;
        private final boolean latin1;
        private final StringBuilder out = new StringBuilder(8192);

        private Interchange(long seed) {
            random = new Random(seed);
            una = random.nextInt(5) != 0;
            versionFour = random.nextBoolean();
            int syntax = random.nextInt(3);
            utf8 = syntax == 2;
            latin1 = syntax == 1;
            charset = utf8 ? StandardCharsets.UTF_8 : latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.US_ASCII;
            if (una) {
                List<Character> pool = new ArrayList<>();
                for (char c : DELIMITERS.toCharArray()) {
                    pool.add(c);
                }
                if (latin1) {
                    pool.add('§');
                }
                java.util.Collections.shuffle(pool, random);
                component = pool.get(0);
                element = pool.get(1);
                // a blank release character or repetition separator now and then, before version 4 only:
                // from version 4 StAEDI takes a blank one as a service character, where our tokenizer (as
                // the carriers' UNA:+.? ' means it) takes it for none (EdifactTokenizerTest)
                release = !versionFour && random.nextInt(8) == 0 ? ' ' : pool.get(2);
                repetition = !versionFour && random.nextInt(4) == 0 ? ' ' : pool.get(3);
                terminator = pool.get(4);
            } else {
                component = ':';
                element = '+';
                release = '?';
                repetition = '*';
                terminator = '\'';
            }
            // StAEDI: the release character counts unless blank before version 4; repetitions from version 4
            releaseActive = versionFour || release != ' ';
            repetitionActive = versionFour;
            write();
            text = out.toString();
        }

        static Interchange generate(long seed) {
            return new Interchange(seed);
        }

        private void write() {
            if (una) {
                out.append("UNA").append(component).append(element).append('.').append(release).append(repetition)
                        .append(terminator);
                lineBreak();
            }
            String syntax = utf8 ? "UNOY" : latin1 ? "UNOC" : random.nextBoolean() ? "UNOA" : "UNOB";
            String reference = "R" + random.nextInt(1_000_000);
            // UNB: StAEDI reads its later elements before knowing the repetition separator (and, without
            // UNA, the release character), so only characters that mean the same either way go there
            segment("UNB", syntax + component + (versionFour ? "4" : "3"), "AIR" + header() + component + "ZZ",
                    "CUSTOMS" + header(), "260301" + component + "0900", reference);
            segment("UNH", "M1", "PAXLST" + component + "D" + component + "05B" + component + "UN" + component + "IATA");
            segment("BGM", "745", random.nextBoolean() ? "" : "CP");
            segment("NAD", "MS", "", "", data("OPS CONTROL"));
            segment("TDT", "20", "PA" + random.nextInt(1000), "", "", "PA");
            segment("LOC", "125", "GUM");
            segment("DTM", "189" + component + "2603011000" + component + "201");
            segment("LOC", "87", "ROR");
            int persons = 3 + random.nextInt(12);
            for (int p = 0; p < persons; p++) {
                String surname = SURNAMES[random.nextInt(SURNAMES.length)];
                String given = GIVEN[random.nextInt(GIVEN.length)];
                segment("NAD", "FL", "", "", data(surname) + component + data(given)
                        + (random.nextBoolean() ? "" : component + data(GIVEN[random.nextInt(GIVEN.length)])));
                segment("ATT", "2", "", repeated(random.nextBoolean() ? "M" : "F"));
                segment("DTM", "329" + component + (400101 + random.nextInt(500000)));
                segment("LOC", "180", component + component + component + data("AMBER HILL GBR"));
                segment("NAT", "2", repeated("PLW"));
                segment("DOC", "P" + component + component + "110", data("A" + random.nextInt(99999999)));
                if (random.nextInt(4) == 0) {
                    segment("UNS"); // a segment without elements
                }
                if (random.nextInt(4) == 0) {
                    segment("RFF", "AVF" + component); // an empty last component
                }
                if (random.nextInt(5) == 0) {
                    segment("FTX", "", "", ""); // only empty elements
                }
            }
            segment("CNT", "42" + component + persons);
            segment("UNT", "99", "M1");
            segment("UNZ", "1", reference);
        }

        /** A sender or recipient suffix for UNB: nothing, or characters that StAEDI reads alike before and after. */
        private String header() {
            return switch (random.nextInt(3)) {
                case 0 -> "";
                case 1 -> safe('*') ? "*ABE" : "ABE";
                default -> una ? "X" : "?X"; // without UNA the release character counts only after UNB
            };
        }

        /** Not a separator, terminator or release character (a repetition separator is fine: it repeats in both). */
        private boolean safe(char c) {
            return c != component && c != element && c != terminator && c != release;
        }

        /** A value with what would be a delimiter released (or left out where nothing can release it). */
        private String data(String value) {
            StringBuilder s = new StringBuilder();
            for (char c : value.toCharArray()) {
                if (!utf8 && c > 0xFF || (!utf8 && !latin1 && c > 0x7F)) {
                    c = 'X';
                }
                boolean delimiter = c == component || c == element || c == terminator
                        || (c == release && releaseActive) || (c == repetition && repetitionActive);
                if (delimiter) {
                    if (!releaseActive) {
                        continue;
                    }
                    s.append(release);
                    released++;
                }
                s.append(c);
                if (releaseActive && random.nextInt(40) == 0) {
                    s.append(release).append(release); // a released release character
                    released++;
                }
            }
            return s.toString();
        }

        /** One value, sometimes repeated where the syntax version allows it. */
        private String repeated(String value) {
            if (repetitionActive && random.nextInt(3) == 0) {
                return value + repetition + value;
            }
            return value;
        }

        private void segment(String tag, String... elements) {
            out.append(tag);
            for (String e : elements) {
                out.append(element);
                // a wrapped line inside an element, as fixed-width feeds do (not in UNB, whose syntax
                // identifier EdifactText reads before any cleaning)
                if (random.nextInt(30) == 0 && !tag.equals("UNB")) {
                    out.append("\r\n");
                }
                out.append(e);
            }
            out.append(terminator);
            lineBreak();
        }

        private void lineBreak() {
            switch (random.nextInt(6)) {
                case 0 -> out.append("\r\n");
                case 1 -> out.append('\n');
                case 2 -> {
                    out.append("\r\n");
                    if (release != ' ' && repetition != ' ' || !versionFour) {
                        out.append("   "); // indentation, where a blank is not a service character
                    }
                }
                case 3 -> out.append('\t');
                default -> { }
            }
        }
    }
}
