package org.atoll.manifest.paxlst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.atoll.manifest.ManifestFormatException;
import org.atoll.manifest.ManifestIssue;
import org.atoll.manifest.MessageFunction;
import org.atoll.manifest.ParsedManifest;
import org.atoll.manifest.PersonRole;
import org.junit.jupiter.api.Test;

class PaxlstErrorsTest {

    private static final String HEAD = "UNB+UNOA:4+PLWAIR+PWCUSTOMS+260301:0900+REF42'"
            + "UNH+M1+PAXLST:D:05B:UN:IATA'";
    private static final String FLIGHT = "TDT+20+PA101+++PA'LOC+125+GUM'DTM+189:2603011000:201'"
            + "LOC+87+ROR'DTM+232:2603011300:201'";
    private static final String PERSON = "NAD+FL+++REMENGESAU:TOMMY'ATT+2++M'DTM+329:560128'NAT+2+PLW'"
            + "DOC+P+PA1234567'DTM+36:300101'LOC+91+PLW'";

    private final PaxlstParser parser = new PaxlstParser();

    private ParsedManifest parse(String text) {
        return parser.parse(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private ManifestIssue firstError(String text) {
        return catchThrowableOfType(ManifestFormatException.class, () -> parse(text)).firstError();
    }

    private static String message(String body, int untCount) {
        return HEAD + body + "UNT+" + untCount + "+M1'UNZ+1+REF42'";
    }

    @Test
    void acceptsAWellFormedMessageWithoutWarnings() {
        ParsedManifest m = parse(message("BGM+745'" + FLIGHT + PERSON + "CNT+42:1'", 16));

        assertThat(m.warnings()).isEmpty();
        assertThat(m.passengers()).isEqualTo(1);
        assertThat(m.legs().get(0).arrivalPort()).isEqualTo("ROR");
    }

    @Test
    void readsCustomDelimitersAndReleaseCharacterDeclaredInUna() {
        String text = "UNA|*,!_#\r\nUNB*UNOA|4*PLWAIR*PWCUSTOMS*260301|0900*REF42#\r\nUNH*M1*PAXLST|D|05B|UN|IATA#"
                + "BGM*745#TDT*20*PA101***PA#LOC*125*GUM#LOC*87*ROR#"
                + "NAD*FL***O!#NEIL!*SMITH|MARY!|ANN#ATT*2**F#CNT*42|1#UNT*9*M1#UNZ*1*REF42#";

        ParsedManifest m = parse(text);

        assertThat(m.persons()).singleElement().satisfies(p -> {
            assertThat(p.name().surname()).isEqualTo("O#NEIL*SMITH");
            assertThat(p.name().givenNames()).isEqualTo("MARY|ANN");
        });
        assertThat(m.warnings()).isEmpty();
    }

    @Test
    void readsNamesInLatin1WhenTheSyntaxIdentifierIsUnoc() {
        String text = message("BGM+745'" + FLIGHT + "NAD+FL+++MÜLLER:JOSÉ'", 9).replace("UNOA", "UNOC");

        ParsedManifest m = parse(text);

        assertThat(m.persons().get(0).name().surname()).isEqualTo("MÜLLER");
        assertThat(m.persons().get(0).name().givenNames()).isEqualTo("JOSÉ");
        assertThat(m.warnings()).isEmpty();
    }

    @Test
    void readsNamesInUtf8WhenTheSyntaxIdentifierIsUnoy() {
        String text = message("BGM+745'" + FLIGHT + "NAD+FL+++ŁUKASZEWICZ:ZOË'", 9).replace("UNOA", "UNOY");

        ParsedManifest m = parser.parse(text.getBytes(StandardCharsets.UTF_8));

        assertThat(m.persons().get(0).name().surname()).isEqualTo("ŁUKASZEWICZ");
        assertThat(m.persons().get(0).name().givenNames()).isEqualTo("ZOË");
    }

    @Test
    void reportsABadByteInOneNameAndKeepsEveryOtherPerson() {
        String text = message("BGM+745'" + FLIGHT + "NAD+FL+++NOV\u0087K:JAN'" + PERSON, 16);

        ParsedManifest m = parse(text);

        assertThat(m.passengers()).isEqualTo(2);
        assertThat(m.persons().get(0).name().surname()).isEqualTo("NOV\uFFFDK");
        assertThat(m.warnings()).singleElement().satisfies(w -> {
            assertThat(w.segment()).isEqualTo(9);
            assertThat(w.tag()).isEqualTo("NAD");
            assertThat(w.message()).contains("UNOA");
        });
    }

    @Test
    void tellsTransitPassengersFromPassengersAndCrew() {
        String text = message("BGM+745'" + FLIGHT + PERSON + "NAD+DDT+++TRANSIT:TOM'NAD+FM+++PILOT:PAT'", 17);

        ParsedManifest m = parse(text);

        assertThat(m.persons()).extracting(p -> p.role())
                .containsExactly(PersonRole.PASSENGER, PersonRole.TRANSIT, PersonRole.CREW);
        assertThat(m.passengers()).isEqualTo(2);
        assertThat(m.crew()).isEqualTo(1);
    }

    @Test
    void readsReplacementAndCancellationFromBgm() {
        assertThat(parse(message("BGM+745+CP'" + FLIGHT, 8)).function()).isEqualTo(MessageFunction.REPLACEMENT);
        assertThat(parse(message("BGM+745++5'" + FLIGHT, 8)).function()).isEqualTo(MessageFunction.REPLACEMENT);
        assertThat(parse(message("BGM+745++1'" + FLIGHT, 8)).function()).isEqualTo(MessageFunction.CANCELLATION);
        assertThat(parse(message("BGM+745'" + FLIGHT, 8)).function()).isEqualTo(MessageFunction.ORIGINAL);
    }

    @Test
    void warnsWhenUntCountsTheWrongNumberOfSegmentsOrCntDisagrees() {
        ParsedManifest m = parse(message("BGM+745'" + FLIGHT + PERSON + "CNT+42:3'", 99));

        assertThat(m.warnings()).extracting(ManifestIssue::message).containsExactly(
                "UNT declares 99 segments but the message has 16",
                "CNT declares 3 passengers but the message lists 1");
        assertThat(m.warnings().get(0).segment()).isEqualTo(17);
    }

    @Test
    void refusesAMessageWithoutBgm() {
        ManifestIssue e = firstError(message(FLIGHT + PERSON, 15));

        assertThat(e.message()).contains("BGM");
        assertThat(e.segment()).isEqualTo(3);
    }

    @Test
    void refusesAMessageWithoutTdt() {
        assertThat(firstError(message("BGM+745'" + PERSON, 11)).message()).contains("TDT");
    }

    @Test
    void refusesAUntCountThatIsNotANumber() {
        ManifestIssue e = firstError(message("BGM+745'" + FLIGHT, 8).replace("UNT+8+", "UNT+X8+"));

        assertThat(e.segment()).isEqualTo(9);
        assertThat(e.tag()).isEqualTo("UNT");
        assertThat(e.element()).isEqualTo(1);
    }

    @Test
    void aServiceStringAdviceDoesNotShiftTheSegmentNumbers() {
        String withoutUna = message("BGM+745'" + FLIGHT + PERSON.replace("560128", "561328"), 16);

        ManifestIssue e = firstError("UNA:+.? '" + withoutUna);

        assertThat(e.segment()).isEqualTo(firstError(withoutUna).segment()).isEqualTo(11);
        assertThat(e.tag()).isEqualTo("DTM");
    }

    @Test
    void refusesAnUnparseableDateWithItsSegmentAndPosition() {
        ManifestIssue e = firstError(message("BGM+745'" + FLIGHT + PERSON.replace("560128", "561328"), 16));

        assertThat(e.segment()).isEqualTo(11);
        assertThat(e.tag()).isEqualTo("DTM");
        assertThat(e.element()).isEqualTo(1);
        assertThat(e.component()).isEqualTo(2);
        assertThat(e.message()).isEqualTo("'561328' is not a date");
    }

    @Test
    void refusesATruncatedMessage() {
        String whole = message("BGM+745'" + FLIGHT + PERSON, 16);
        String truncated = whole.substring(0, whole.indexOf("DOC+P"));

        ManifestIssue e = firstError(truncated);

        assertThat(e.message()).contains("UNT").contains("truncated");
        assertThat(e.segment()).isEqualTo(12);
        assertThat(e.tag()).isEqualTo("NAT");
    }

    @Test
    void refusesAMessageCutInsideASegment() {
        String whole = message("BGM+745'" + FLIGHT + PERSON, 16);

        assertThatThrownBy(() -> parse(whole.substring(0, whole.indexOf("PA1234567") + 3)))
                .isInstanceOf(ManifestFormatException.class);
    }

    @Test
    void refusesGarbageNamingTheStart() {
        ManifestIssue e = firstError("GET / HTTP/1.1\r\nHost: example\r\n\r\n");

        assertThat(e.segment()).isEqualTo(1);
        assertThat(e.message()).isEqualTo("An interchange starts with UNA or UNB");
        assertThat(firstError("").message()).contains("empty");
    }

    @Test
    void refusesAnOversizedBody() {
        byte[] big = new byte[PaxlstParser.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'A');

        assertThat(catchThrowableOfType(ManifestFormatException.class, () -> parser.parse(big)).getMessage())
                .contains("at most");
    }

    @Test
    void neverFailsWithAnythingButAFormatErrorOnRandomCorruption() {
        byte[] good = message("BGM+745'" + FLIGHT + PERSON + "CNT+42:1'", 16).getBytes(StandardCharsets.ISO_8859_1);
        Random random = new Random(7);
        int refused = 0;
        for (int i = 0; i < 2000; i++) {
            byte[] bad = good.clone();
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                bad[random.nextInt(bad.length)] = (byte) "+:'?X9 \n\u00e9".charAt(random.nextInt(9));
            }
            byte[] input = random.nextBoolean() ? bad : Arrays.copyOf(bad, random.nextInt(bad.length));
            try {
                parser.parse(input);
            } catch (ManifestFormatException e) {
                refused++;
                assertThat(e.firstError().segment()).isPositive();
            }
        }
        assertThat(refused).isGreaterThan(500);
    }
}
