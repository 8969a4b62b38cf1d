package org.atoll.alert.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.atoll.alert.screening.BirthDateRange;
import org.atoll.alert.screening.NameKind;
import org.atoll.alert.screening.Sex;
import org.atoll.alert.screening.WatchlistEntry;
import org.atoll.alert.screening.WatchlistName;
import org.atoll.reference.CountryCode;
import org.junit.jupiter.api.Test;

class UnConsolidatedListReaderTest {

    private ListReadResult read(String resource) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return new UnConsolidatedListReader().read(in);
        }
    }

    @Test
    void readsIndividualsWithNamesAliasesOriginalScriptDatesNationalityAndDocuments() throws Exception {
        ListReadResult result = read("un_sample.xml");
        assertThat(result.persons()).hasSize(3);
        WatchlistEntry zawahiri = result.entries().stream().filter(e -> e.externalReference().equals("QDi.006")).findFirst().orElseThrow();
        assertThat(zawahiri.primaryName()).isEqualTo(WatchlistName.primary("AIMAN MUHAMMED RABI AL-ZAWAHIRI"));
        assertThat(zawahiri.names()).extracting(WatchlistName::text).contains("Ayman Al-Zawahari", "أيمن محمد ربيع الظواهري");
        assertThat(zawahiri.names()).filteredOn(WatchlistName::originalScript).singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(NameKind.ALIAS));
        assertThat(zawahiri.datesOfBirth()).containsExactly(BirthDateRange.exactly("1951-06-19"));
        assertThat(zawahiri.nationalities()).containsExactly(CountryCode.of("EGY"));
        ListedPerson person = result.persons().stream().filter(p -> p.entry() == zawahiri).findFirst().orElseThrow();
        assertThat(person.documents()).extracting(ListedPerson.ListedDocument::number).contains("1084010");
    }

    @Test
    void readsTwoExactDatesOfBirthAndSex() throws Exception {
        WatchlistEntry musoni = read("un_sample.xml").entries().stream()
                .filter(e -> e.externalReference().equals("CDi.017")).findFirst().orElseThrow();
        assertThat(musoni.datesOfBirth()).containsExactly(BirthDateRange.exactly("1961-04-06"), BirthDateRange.exactly("1961-06-04"));
        assertThat(musoni.sex()).isEqualTo(Sex.MALE);
        assertThat(musoni.alertVersion()).isPositive();
    }

    @Test
    void givesEachReferenceAStableAlertId() throws Exception {
        assertThat(read("un_sample.xml").entries().get(0).alertId()).isEqualTo(read("un_sample.xml").entries().get(0).alertId());
    }

    @Test
    void reportsMalformedRecordsWithTheirLineAndKeepsTheGoodOnes() throws Exception {
        ListReadResult result = read("un_malformed.xml");
        assertThat(result.entries()).extracting(WatchlistEntry::externalReference).containsExactly("CDi.017");
        List<ListProblem> problems = result.problems();
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).line()).isEqualTo(4);
        assertThat(problems.get(0).message()).contains("without REFERENCE_NUMBER");
        assertThat(problems.get(1).message()).contains("not well-formed XML");
        assertThat(problems.get(1).line()).isGreaterThan(50);
    }

    @Test
    void readsCountryNamesAsTheListsWriteThem() {
        assertThat(CountryNames.toCode("Iran (Islamic Republic of)")).contains(CountryCode.of("IRN"));
        assertThat(CountryNames.toCode("Democratic Republic of the Congo")).contains(CountryCode.of("COD"));
        assertThat(CountryNames.toCode("Korea, North")).contains(CountryCode.of("PRK"));
        assertThat(CountryNames.toCode("Germany")).contains(CountryCode.of("D"));
        assertThat(CountryNames.toCode("Egypt")).contains(CountryCode.of("EGY"));
        assertThat(CountryNames.toCode("former Soviet Union")).isEmpty();
    }
}
