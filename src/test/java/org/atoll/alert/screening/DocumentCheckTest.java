package org.atoll.alert.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atoll.alert.screening.WatchlistFixture.idOf;

import java.util.List;
import org.atoll.reference.CountryCode;
import org.junit.jupiter.api.Test;

class DocumentCheckTest {

    private final ScreeningEngine engine = WatchlistFixture.engine(false);

    {
        engine.putDocument(new DocumentAlertEntry(idOf("D-1"), 1, CountryCode.of("DEU"), "C01X00T47", DocumentAlertType.STOLEN));
        engine.putDocument(new DocumentAlertEntry(idOf("D-2"), 3, CountryCode.of("PLW"), "P-123 456", DocumentAlertType.LOST));
        // UN QDi.006: Egyptian passport 1084010 (shared/testdata/watchlists/un_consolidated.xml)
        engine.putDocument(new DocumentAlertEntry(idOf("QDi.006"), 1, CountryCode.of("EGY"), "1084010", DocumentAlertType.INVALIDATED));
    }

    @Test
    void findsADocumentWrittenWithSeparatorsLowerCaseOrAnotherCodeForTheSameState() {
        List<DocumentHit> german = engine.checkDocument(TravelDocument.of("D", "c01x00t47"));
        assertThat(german).singleElement().satisfies(h -> {
            assertThat(h.alertId()).isEqualTo(idOf("D-1"));
            assertThat(h.type()).isEqualTo(DocumentAlertType.STOLEN);
            assertThat(h.documentKey()).isEqualTo("D:C01X00T47");
        });
        assertThat(engine.checkDocument(TravelDocument.of("plw", "P123456<<"))).singleElement()
                .satisfies(h -> assertThat(h.alertVersion()).isEqualTo(3));
    }

    @Test
    void matchesDocumentsExactlyNotFuzzily() {
        assertThat(engine.checkDocument(TravelDocument.of("D", "C01X00T48"))).isEmpty();
        assertThat(engine.checkDocument(TravelDocument.of("AUT", "C01X00T47"))).isEmpty();
    }

    @Test
    void reportsDocumentHitsSeparatelyAndEvenWhenNoNameMatches() {
        ScreeningResult result = engine.screen(ScreeningQuery.forName("Nobody Like Anyone").document("EGY", "1084010").build());
        assertThat(result.candidates()).isEmpty();
        assertThat(result.documentHits()).extracting(DocumentHit::alertId).containsExactly(idOf("QDi.006"));
    }

    @Test
    void aRemovedDocumentAlertNoLongerHits() {
        assertThat(engine.removeDocument(idOf("D-2"), TravelDocument.of("PLW", "P123456"))).isTrue();
        assertThat(engine.checkDocument(TravelDocument.of("PLW", "P123456"))).isEmpty();
        assertThat(engine.documentAlertCount()).isEqualTo(2);
    }

    @Test
    void keepsEveryAlertOnTheSameDocument() {
        engine.putDocument(new DocumentAlertEntry(idOf("D-3"), 1, CountryCode.of("D"), "C01X00T47", DocumentAlertType.FRAUDULENT));
        assertThat(engine.checkDocument(TravelDocument.of("D", "C01X00T47"))).extracting(DocumentHit::type)
                .containsExactlyInAnyOrder(DocumentAlertType.STOLEN, DocumentAlertType.FRAUDULENT);
    }

    @Test
    void growsToManyDocumentAlertsAndStillFindsEachOne() {
        ScreeningEngine big = new ScreeningEngine();
        for (int i = 0; i < 20_000; i++) {
            big.putDocument(new DocumentAlertEntry(idOf("B-" + i), 1, CountryCode.of("PLW"), "N" + i, DocumentAlertType.LOST));
        }
        for (int i = 0; i < 20_000; i += 997) {
            assertThat(big.checkDocument(TravelDocument.of("PLW", "N" + i))).extracting(DocumentHit::alertId).containsExactly(idOf("B-" + i));
        }
        assertThat(big.documentAlertCount()).isEqualTo(20_000);
    }
}
