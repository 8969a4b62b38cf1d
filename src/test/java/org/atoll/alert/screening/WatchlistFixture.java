package org.atoll.alert.screening;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A small alert list for tests. Entries marked UN are facts copied from the UN Security Council
 * consolidated list (public document; shared/testdata/watchlists/un_consolidated.xml, generated
 * 2026-02-27): reference number, names, original-script name, date of birth, nationality.
 * The others are invented.
 */
final class WatchlistFixture {

    static UUID idOf(String externalReference) {
        return UUID.nameUUIDFromBytes(externalReference.getBytes(StandardCharsets.UTF_8));
    }

    static WatchlistEntry.Builder anAlert(String externalReference) {
        return WatchlistEntry.builder(idOf(externalReference), externalReference);
    }

    /** The fixture list; {@code withOriginalScript} false leaves out the names in Arabic and Cyrillic script. */
    static List<WatchlistEntry> entries(boolean withOriginalScript) {
        List<WatchlistEntry> list = new ArrayList<>();
        // UN: IQi.001
        WatchlistEntry.Builder saddam = anAlert("IQi.001").name("SADDAM HUSSEIN AL-TIKRITI").alias("Abu Ali")
                .bornOn("1937-04-28").nationality("IRQ").sex(Sex.MALE);
        // UN: QDi.001
        WatchlistEntry.Builder zidane = anAlert("QDi.001").name("MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE")
                .alias("Sayf-Al Adl").alias("Muhamad Ibrahim Makkawi").alias("Seif al Adel")
                .bornOn("1963-04-11").bornOn("1960-04-11").nationality("EGY");
        // UN: QDi.006
        WatchlistEntry.Builder zawahiri = anAlert("QDi.006").name("AIMAN MUHAMMED RABI AL-ZAWAHIRI")
                .alias("Ayman Al-Zawahari").alias("Ahmed Fuad Salim").alias("Al Zawahiri Ayman")
                .bornOn("1951-06-19").nationality("EGY").sex(Sex.MALE);
        // UN: QDi.368
        WatchlistEntry.Builder ismailov = anAlert("QDi.368").name("SHAMIL MAGOMEDOVICH ISMAILOV")
                .alias("Shamil Magomedovich Aliev").bornOn("1980-10-29").nationality("RUS");
        // UN: QDi.422
        WatchlistEntry.Builder azhar = anAlert("QDi.422").name("MOHAMMED MASOOD AZHAR ALVI").alias("Masud Azhar")
                .bornOn("1968-07-10").bornOn("1968-06-10").nationality("PAK");
        // UN: QDi.003
        WatchlistEntry.Builder hamdan = anAlert("QDi.003").name("SALIM AHMAD SALIM HAMDAN")
                .born(BirthDateRange.exactly("1965")).nationality("YEM");
        if (withOriginalScript) {
            saddam.originalScript("صدام حسين التكريتي");
            zidane.originalScript("محمد صلاح الدين عبدالحليم زيدان");
            zawahiri.originalScript("أيمن محمد ربيع الظواهري");
            ismailov.originalScript("Шамиль Магомедович Измайлов");
            hamdan.originalScript("سالم أحمد سالم حمدان");
        }
        list.add(saddam.build());
        list.add(zidane.build());
        list.add(zawahiri.build());
        list.add(ismailov.build());
        list.add(azhar.build());
        list.add(hamdan.build());
        list.add(anAlert("X-001").name("Johannes van der Berg").bornOn("1975-03-02").nationality("NLD").sex(Sex.MALE).build());
        list.add(anAlert("X-002").name("Maria de la Cruz Fernandez").bornOn("1982-11-30").nationality("ESP").sex(Sex.FEMALE).build());
        list.add(anAlert("X-003").name("Mohammed Ali").bornOn("1970").nationality("SDN").build());
        list.add(anAlert("X-004").name("Oluwaseun Adebayo Okonkwo").bornOn("1988-01-15").nationality("NGA").build());
        list.add(anAlert("X-005").name("Wang Xiaoming").bornOn("1979-09-09").nationality("CHN").build());
        list.add(anAlert("X-006").name("Yelena Sergeyevna Kuznetsova").bornOn("1990-05-05").nationality("RUS").sex(Sex.FEMALE).build());
        list.add(anAlert("X-007").name("John Smith").bornOn("1965-02-03").nationality("GBR").build());
        list.add(anAlert("X-008").name("Abdul Rahman Yasin").bornOn("1960-04-10").nationality("IRQ").build());
        return list;
    }

    static ScreeningEngine engine(boolean withOriginalScript) {
        ScreeningEngine engine = new ScreeningEngine();
        engine.putAll(entries(withOriginalScript));
        return engine;
    }
}
