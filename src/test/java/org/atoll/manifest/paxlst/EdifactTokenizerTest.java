package org.atoll.manifest.paxlst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.atoll.manifest.ManifestFormatException;
import org.atoll.manifest.ManifestIssue;
import org.junit.jupiter.api.Test;

class EdifactTokenizerTest {

    private static final String UNB = "UNB+UNOA:4+SENDER+RECIPIENT+260301:0900+REF1'";

    private static ManifestIssue refusal(String text) {
        return catchThrowableOfType(ManifestFormatException.class, () -> EdifactTokenizer.segments(text)).firstError();
    }

    @Test
    void numbersSegmentsFromUnbAndGivesEachValueItsElementComponentAndRepetition() {
        List<Segment> segments = EdifactTokenizer.segments(
                UNB + "NAD+FL+++O?'NEIL:MARY?:ANN::+A*B:C'UNS'UNZ+1+REF1'");

        assertThat(segments).extracting(s -> s.number + s.tag).containsExactly("1UNB", "2NAD", "3UNS", "4UNZ");
        Segment nad = segments.get(1);
        assertThat(nad.toString()).isEqualTo("2:NAD 1.0.1=FL 2.0.1= 3.0.1= 4.1.1=O'NEIL 4.2.1=MARY:ANN 4.3.1= 4.4.1= "
                + "5.0.1=A 5.1.2=B 5.2.2=C");
        assertThat(nad.get(4, 2)).isEqualTo("MARY:ANN");
        assertThat(nad.get(5)).isEqualTo("A");
        assertThat(nad.get(6)).isEmpty();
        assertThat(nad.components(4)).containsExactly("O'NEIL", "MARY:ANN", "", "");
        assertThat(segments.get(2).valueCount()).isZero();
    }

    @Test
    void readsTheDelimitersOfTheServiceStringAdviceAndAReleasedReleaseCharacter() {
        List<Segment> segments = EdifactTokenizer.segments("UNA|*,!~#UNB*UNOC|4*A*B#"
                + "NAD*FL***O!#NEIL!!|SMITH!*JONES|ANN~ANNE#UNZ*1*X#");

        Segment nad = segments.get(1);
        assertThat(nad.get(4, 1)).isEqualTo("O#NEIL!");
        assertThat(nad.get(4, 2)).isEqualTo("SMITH*JONES");
        assertThat(nad.get(4, 3)).isEqualTo("ANN");
        assertThat(nad.repetition(nad.valueCount() - 1)).isEqualTo(2);
        assertThat(nad.text(nad.valueCount() - 1)).isEqualTo("ANNE");
    }

    @Test
    void skipsLineBreaksBlanksAndTabsBetweenSegmentsAndLineBreaksInsideThem() {
        List<Segment> segments = EdifactTokenizer.segments(UNB + "\r\n   NAD+FL+++SMI\r\nTH:JO\nHN'\r\n\tUNZ+1+REF1'\r\n");

        assertThat(segments).extracting(s -> s.tag).containsExactly("UNB", "NAD", "UNZ");
        assertThat(segments.get(1).components(4)).containsExactly("SMITH", "JOHN");
    }

    @Test
    void aBlankRepetitionSeparatorOrReleaseCharacterInTheServiceStringAdviceIsNoneAndNamesKeepTheirBlanks() {
        // UNA:+.? ' with UNOA:4, as the GTAS and many carriers' messages have it
        List<Segment> segments = EdifactTokenizer.segments("UNA:+.? '" + UNB + "NAD+FL+++VAN DER BERG:ANNA MARIA'"
                + "LOC+178+HARTFORD USA'UNZ+1+REF1'");

        assertThat(segments.get(1).components(4)).containsExactly("VAN DER BERG", "ANNA MARIA");
        assertThat(segments.get(2).get(2)).isEqualTo("HARTFORD USA");
        List<Segment> blankRelease = EdifactTokenizer.segments("UNA:+.  '" + UNB + "NAD+FL+++O NEIL:MARY'UNZ+1+REF1'");
        assertThat(blankRelease.get(1).components(4)).containsExactly("O NEIL", "MARY");
    }

    @Test
    void repetitionsCountFromSyntaxVersionFourOnly() {
        assertThat(EdifactTokenizer.segments(UNB + "ATT+2++M*F'UNZ+1+REF1'").get(1).get(3)).isEqualTo("M");
        assertThat(EdifactTokenizer.segments(UNB.replace("UNOA:4", "UNOA:3") + "ATT+2++M*F'UNZ+1+REF1'").get(1).get(3))
                .isEqualTo("M*F");
    }

    @Test
    void refusesASegmentCutShortWithItsPosition() {
        ManifestIssue e = refusal(UNB + "NAD+FL+++SMITH:JO");

        assertThat(e.segment()).isEqualTo(2);
        assertThat(e.tag()).isEqualTo("NAD");
        assertThat(e.element()).isEqualTo(4);
        assertThat(e.component()).isEqualTo(2);
        assertThat(e.message()).contains("ends inside this segment").contains("truncated");
    }

    @Test
    void refusesAReleaseCharacterAtTheEnd() {
        ManifestIssue e = refusal(UNB + "NAD+FL+++SMITH?");

        assertThat(e.segment()).isEqualTo(2);
        assertThat(e.element()).isEqualTo(4);
        assertThat(e.message()).isEqualTo("The interchange ends with the release character '?': it is truncated");
    }

    @Test
    void refusesAnInterchangeWithoutUnzNamingItsLastSegment() {
        ManifestIssue e = refusal(UNB + "BGM+745'NAT+2+PLW'\r\n");

        assertThat(e.segment()).isEqualTo(3);
        assertThat(e.tag()).isEqualTo("NAT");
        assertThat(e.message()).isEqualTo(EdifactTokenizer.TRUNCATED);
    }

    @Test
    void refusesEmptySegmentsAndTagsThatAreNotTwoOrThreeLettersOrDigits() {
        ManifestIssue empty = refusal(UNB + "BGM+745''UNZ+1+REF1'");
        assertThat(empty.segment()).isEqualTo(3);
        assertThat(empty.tag()).isEmpty();
        assertThat(empty.message()).startsWith("The interchange cannot be read here: the segment is empty");

        assertThat(refusal(UNB + "+BGM+745'UNZ+1+REF1'").message()).contains("'+' stands where a segment tag belongs");
        assertThat(refusal(UNB + "B+745'UNZ+1+REF1'").message()).contains("two or three letters or digits");
        assertThat(refusal(UNB + "BGMX+745'UNZ+1+REF1'").message()).contains("not 'BGMX…'");
        ManifestIssue colon = refusal(UNB + "BGM:745'UNZ+1+REF1'");
        assertThat(colon.segment()).isEqualTo(2);
        assertThat(colon.tag()).isEqualTo("BGM");
        assertThat(colon.message()).contains("followed by ':'");
    }

    @Test
    void refusesAnInterchangeWithoutSyntaxVersionOrStartingWithAnotherSegment() {
        ManifestIssue version = refusal("UNB+UNOA+SENDER'UNZ+1+X'");
        assertThat(version.segment()).isEqualTo(1);
        assertThat(version.element()).isEqualTo(1);
        assertThat(version.component()).isEqualTo(2);
        assertThat(version.message()).contains("no syntax version");

        assertThat(refusal("UNH+1+PAXLST'UNZ+1+X'").message()).isEqualTo("An interchange starts with UNA or UNB");
        assertThat(refusal("UNA:+.").message()).contains("six service characters");
    }

    @Test
    void readsUnzByTheStricterTrailerRules() {
        assertThat(refusal(UNB + "UNZ+1:2+REF1'").message()).contains("UNZ (interchange trailer) takes simple elements only");
        assertThat(refusal(UNB + "UNZ'").message()).contains("UNZ (interchange trailer) has no elements");
        // nothing after UNZ is read
        assertThat(EdifactTokenizer.segments(UNB + "UNZ+1+REF1'garbage")).hasSize(2);
    }
}
