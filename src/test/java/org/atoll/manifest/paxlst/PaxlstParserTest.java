package org.atoll.manifest.paxlst;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.atoll.document.PartialDate;
import org.atoll.document.Sex;
import org.atoll.manifest.FlightLeg;
import org.atoll.manifest.ManifestKind;
import org.atoll.manifest.ManifestPerson;
import org.atoll.manifest.MessageFunction;
import org.atoll.manifest.ParsedManifest;
import org.atoll.manifest.PersonRole;
import org.atoll.manifest.TravelDocument;
import org.atoll.reference.CountryCode;
import org.junit.jupiter.api.Test;

class PaxlstParserTest {

    private final PaxlstParser parser = new PaxlstParser();

    private ParsedManifest parse(String name) {
        return parser.parse(PaxlstMessages.bytes(name));
    }

    @Test
    void readsTheGuidesSingleSectorPassengerListWithEveryField() {
        ParsedManifest m = parse("guide_example_5_1_single_sector_pax.edi");

        assertThat(m.interchangeReference()).isEqualTo("000000001");
        assertThat(m.messageReference()).isEqualTo("PAX001");
        assertThat(m.kind()).isEqualTo(ManifestKind.PASSENGER_LIST);
        assertThat(m.function()).isEqualTo(MessageFunction.ORIGINAL);
        assertThat(m.carrier()).isEqualTo("ZZ");
        assertThat(m.legs()).containsExactly(new FlightLeg("ZZ", "ZZ123", "SYD", LocalDateTime.of(2013, 6, 21, 9, 0),
                "HNL", LocalDateTime.of(2013, 6, 21, 22, 0)));
        assertThat(m.persons()).hasSize(1);
        ManifestPerson p = m.persons().get(0);
        assertThat(p.role()).isEqualTo(PersonRole.PASSENGER);
        assertThat(p.name().surname()).isEqualTo("WILLIAMS");
        assertThat(p.name().givenNames()).isEqualTo("JOHN DONALD");
        assertThat(p.sex()).isEqualTo(Sex.MALE);
        assertThat(p.dateOfBirth()).isEqualTo(PartialDate.of(1972, 9, 7));
        assertThat(p.nationality()).isEqualTo(CountryCode.of("GBR"));
        assertThat(p.residence()).isEqualTo(CountryCode.of("GBR"));
        assertThat(p.birthPlace()).isEqualTo("AMBER HILL GBR");
        assertThat(p.embarkation()).isEqualTo("SYD");
        assertThat(p.disembarkation()).isEqualTo("HNL");
        assertThat(p.documents()).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo("P");
            assertThat(d.number().value()).isEqualTo("MB140241");
            assertThat(d.issuingState()).isEqualTo(CountryCode.of("GBR"));
            assertThat(d.expiry()).isEqualTo(LocalDate.of(2015, 12, 31));
        });
        assertThat(m.declaredPassengers()).isEqualTo(160);
        assertThat(m.warnings()).extracting(w -> w.message())
                .containsExactly("CNT declares 160 passengers but the message lists 1");
    }

    @Test
    void readsACrewListWithCrewRoles() {
        ParsedManifest m = parse("guide_example_5_2_crew.edi");

        assertThat(m.kind()).isEqualTo(ManifestKind.CREW_LIST);
        assertThat(m.crew()).isEqualTo(1);
        assertThat(m.passengers()).isZero();
        assertThat(m.persons()).allMatch(p -> p.role() == PersonRole.CREW);
    }

    @Test
    void readsGtasCrewListWithMixedCaseNamesAndMalformedCount() {
        ParsedManifest m = parse("gtas_Test1_crew_BGM250.edi");

        assertThat(m.kind()).isEqualTo(ManifestKind.CREW_LIST);
        assertThat(m.crew()).isEqualTo(8);
        assertThat(m.carrier()).isEqualTo("UA");
        assertThat(m.flightNumber()).isEqualTo("UA0989");
        assertThat(m.persons().get(0).name().surname()).isEqualTo("Steur");
        assertThat(m.persons().get(0).name().givenNames()).isEqualTo("Andrea Pat");
        assertThat(m.persons().get(0).birthPlace()).isEqualTo("Hartford USA");
        assertThat(m.declaredCrew()).isEqualTo(8);
        assertThat(m.warnings()).extracting(w -> w.tag()).contains("CNT", "UNT");
    }

    @Test
    void readsTwoHundredSixtyPassengersAndReportsTheBadByteInOneNameWithoutLosingTheRest() {
        ParsedManifest m = parse("gtas_Test3_206pax_latin1.edi");

        assertThat(m.passengers()).isEqualTo(260);
        assertThat(m.declaredCrew()).isEqualTo(206);
        assertThat(m.persons()).filteredOn(p -> p.name().surname().contains("\uFFFD")
                || p.name().givenNames().contains("\uFFFD")).hasSize(1);
        assertThat(m.warnings()).anySatisfy(w -> {
            assertThat(w.tag()).isEqualTo("NAD");
            assertThat(w.message()).contains("not valid in character set UNOA");
        });
    }

    @Test
    void readsCustomDelimitersFromUnaWithLineBreaksAndABlankAfterATag() {
        ParsedManifest m = parse("gtas_airline2_custom_delims.edi");

        assertThat(m.interchangeReference()).isEqualTo("1402111800");
        assertThat(m.passengers()).isEqualTo(10);
        assertThat(m.legs()).containsExactly(new FlightLeg("TN", "TN506", "BRE", LocalDateTime.of(2014, 5, 11, 13, 40),
                "YEU", LocalDateTime.of(2014, 5, 11, 17, 0)));
        assertThat(m.part()).isEqualTo(10);
        assertThat(m.lastPart()).isTrue();
        assertThat(m.persons().get(0).name().surname()).isEqualTo("BETTON");
        assertThat(m.persons().get(0).name().givenNames()).isEqualTo("DAVID");
        assertThat(m.persons().get(0).documents().get(0).number().value()).isEqualTo("178556534");
        assertThat(m.warnings()).extracting(w -> w.message())
                .contains("UNT declares 121 segments but the message has 111",
                        "CNT declares 136 passengers but the message lists 10 (part 10 of a multi-part message)");
    }

    @Test
    void readsAProgressiveFlightWithThreeLegsAndIgnoresTextAfterUnz() {
        ParsedManifest m = parse("gtas_multiple_flight_leg.edi");

        assertThat(m.legs()).extracting(FlightLeg::flightNumber, FlightLeg::departurePort, FlightLeg::arrivalPort)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("QQ877", "MIA", "IAD"),
                        org.assertj.core.groups.Tuple.tuple("QQ827", "IAD", "JFK"),
                        org.assertj.core.groups.Tuple.tuple("QQ827", "JFK", "CDG"));
        assertThat(m.legs().get(2).arrival()).isEqualTo(LocalDateTime.of(2008, 8, 11, 6, 30));
        assertThat(m.passengers()).isEqualTo(2);
        assertThat(m.persons().get(1).name().surname()).isEqualTo("LANG");
        assertThat(m.persons().get(1).sex()).isEqualTo(Sex.FEMALE);
        assertThat(m.persons().get(1).dateOfBirth()).isEqualTo(PartialDate.of(1960, 6, 6));
        assertThat(m.warnings()).extracting(w -> w.message()).containsExactly("7 characters after UNZ were ignored");
    }

    @Test
    void readsTheGuidesProgressiveExampleWithTwoFlights() {
        ParsedManifest m = parse("guide_example_5_3_progressive.edi");

        assertThat(m.legs()).extracting(FlightLeg::flightNumber).containsExactly("XZ877", "ZX877");
        assertThat(m.legs()).extracting(FlightLeg::carrier).containsOnly("XZ");
        assertThat(m.legs().get(1).arrivalPort()).isEqualTo("SFO");
        assertThat(m.passengers()).isEqualTo(2);
        assertThat(m.warnings()).isEmpty();
    }

    @Test
    void readsOneTransportGroupWithRoutingLocationsAsTwoLegs() {
        ParsedManifest m = parse("gtas_inline_single_TDT_LOC92_two_legs.edi");

        assertThat(m.legs()).extracting(FlightLeg::departurePort, FlightLeg::arrivalPort)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("JFK", "ANC"),
                        org.assertj.core.groups.Tuple.tuple("ANC", "ICN"));
        assertThat(m.legs().get(1).departure()).isEqualTo(LocalDateTime.of(2014, 2, 1, 6, 50));
        assertThat(m.persons()).isEmpty();
    }

    @Test
    void readsMessageIndentedWithLeadingSpacesAndPassengersWithoutDocuments() {
        ParsedManifest m = parse("gtas_apisMessage_leading_spaces.edi");

        assertThat(m.legs()).hasSize(2);
        assertThat(m.passengers()).isEqualTo(2);
        assertThat(m.persons()).allMatch(p -> p.documents().isEmpty());
    }

    @Test
    void keepsADocumentWithoutTypeAndIgnoresAnEmptyOne() {
        ParsedManifest m = parse("gtas_inline_MEA_bags_empty_DOC.edi");

        assertThat(m.passengers()).isEqualTo(1);
        assertThat(m.persons()).flatExtracting(ManifestPerson::documents).extracting(TravelDocument::type)
                .contains((String) null);
        assertThat(m.warnings()).extracting(w -> w.message()).contains("An empty DOC segment was ignored");
    }

    @Test
    void readsTheLegacyUsFormatWithReleasedApostrophes() {
        ParsedManifest m = parse("gtas_inline_legacy_US_EDIFACT_4pax.edi");

        assertThat(m.passengers()).isEqualTo(4);
        assertThat(m.carrier()).isEqualTo("SA");
        assertThat(m.legs()).containsExactly(new FlightLeg("SA", "SA812", "NZAKL", LocalDateTime.of(2002, 1, 31, 10, 30),
                "USLAX", LocalDateTime.of(2002, 1, 31, 22, 0)));
        ManifestPerson oleary = m.persons().get(3);
        assertThat(oleary.name().surname()).isEqualTo("O'LEARY");
        assertThat(oleary.name().givenNames()).isEqualTo("KRIS ANN");
        assertThat(oleary.sex()).isEqualTo(Sex.FEMALE);
        assertThat(oleary.dateOfBirth()).isEqualTo(PartialDate.of(1933, 12, 31));
        assertThat(oleary.documents().get(0).number().value()).isEqualTo("E54321A");
        assertThat(oleary.documents().get(0).issuingState()).isEqualTo(CountryCode.of("IE"));
        assertThat(m.persons().get(0).documents().get(0).expiry()).isEqualTo(LocalDate.of(1999, 9, 9));
    }

    @Test
    void readsTheLegacyUsProgressiveFlightAsThreeLegs() {
        ParsedManifest m = parse("gtas_inline_legacy_US_EDIFACT_progressive.edi");

        assertThat(m.legs()).extracting(FlightLeg::departurePort, FlightLeg::arrivalPort)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NZAKL", "USHNL"),
                        org.assertj.core.groups.Tuple.tuple("USHNL", "USLAX"),
                        org.assertj.core.groups.Tuple.tuple("USLAX", "USJFK"));
        assertThat(m.part()).isEqualTo(1);
        assertThat(m.lastPart()).isFalse();
        assertThat(m.passengers()).isEqualTo(1);
    }

    @Test
    void readsTheSmooksAceMessageWithReleaseCharactersAndRepetitions() {
        ParsedManifest m = parse("smooks_d03b_ace_message_01.edi");

        assertThat(m.function()).isEqualTo(MessageFunction.REPLACEMENT);
        assertThat(m.persons()).singleElement().satisfies(p -> {
            assertThat(p.role()).isEqualTo(PersonRole.CREW);
            assertThat(p.name().givenNames()).isEqualTo("CHRIS");
            assertThat(p.dateOfBirth()).isEqualTo(PartialDate.of(1935, 9, 19));
            assertThat(p.documents()).extracting(TravelDocument::type).containsExactly("5K", "39");
        });
        assertThat(m.warnings()).extracting(w -> w.message()).contains("BGM document code '10' is neither 745 (passengers) nor 250 (crew)",
                "TDT has no flight number");
    }
}
