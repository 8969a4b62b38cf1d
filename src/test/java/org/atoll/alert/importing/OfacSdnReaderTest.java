package org.atoll.alert.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.atoll.alert.screening.BirthDateRange;
import org.atoll.alert.screening.PartialDate;
import org.atoll.alert.screening.WatchlistEntry;
import org.atoll.alert.screening.WatchlistName;
import org.junit.jupiter.api.Test;

class OfacSdnReaderTest {

    private ListReadResult read() throws Exception {
        try (Reader sdn = new InputStreamReader(getClass().getResourceAsStream("ofac_sdn_sample.csv"), StandardCharsets.UTF_8);
             Reader alt = new InputStreamReader(getClass().getResourceAsStream("ofac_alt_sample.csv"), StandardCharsets.UTF_8)) {
            return new OfacSdnReader().read(sdn, alt);
        }
    }

    @Test
    void readsIndividualsWithAliasesDatesOfBirthAndPassportsAndSkipsEntities() throws Exception {
        ListReadResult result = read();
        assertThat(result.entries()).extracting(WatchlistEntry::externalReference).containsExactly("OFAC-2676", "OFAC-2681");
        WatchlistEntry zawahiri = result.entries().get(0);
        assertThat(zawahiri.names()).extracting(WatchlistName::text)
                .containsExactly("AL ZAWAHIRI, Dr. Ayman", "AL-ZAWAHIRI, Ayman", "SALIM, Ahmad Fuad", "AL-ZAWAHIRI, Aiman Muhammad Rabi");
        assertThat(zawahiri.datesOfBirth()).containsExactly(BirthDateRange.exactly("1951-06-19"));
        assertThat(result.persons().get(0).documents()).extracting(ListedPerson.ListedDocument::number).containsExactly("1084010", "19820215");
        assertThat(result.entries().get(1).datesOfBirth()).containsExactly(BirthDateRange.exactly("1933"));
    }

    @Test
    void reportsAShortLineWithItsNumber() throws Exception {
        assertThat(read().problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("2 fields");
        });
    }

    @Test
    void readsTheRemarksDateFormats() {
        assertThat(OfacSdnReader.dateOfBirth("circa 1957")).isEqualTo(BirthDateRange.years(1956, 1958));
        assertThat(OfacSdnReader.dateOfBirth("1960 to 1962")).isEqualTo(BirthDateRange.years(1960, 1962));
        assertThat(OfacSdnReader.dateOfBirth("Jan 1950")).isEqualTo(BirthDateRange.exactly(new PartialDate(1950, 1, 0)));
        assertThat(OfacSdnReader.dateOfBirth("01 Jan 1960 to 31 Dec 1962")).isEqualTo(BirthDateRange.years(1960, 1962));
    }
}
