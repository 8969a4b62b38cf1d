package org.atoll.manifest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.atoll.document.PartialDate;
import org.atoll.document.Sex;
import org.atoll.manifest.ManifestFormatException;
import org.atoll.manifest.ManifestIssue;
import org.atoll.manifest.ManifestKind;
import org.atoll.manifest.ParsedManifest;
import org.atoll.manifest.PersonRole;
import org.atoll.reference.CountryCode;
import org.junit.jupiter.api.Test;

class ManifestCsvParserTest {

    private static final String ATOLL_HEADER = "reference,carrier,flight,departure_port,departure_time,arrival_port,"
            + "arrival_time,role,surname,given_names,sex,date_of_birth,nationality,document_type,document_number,"
            + "document_issuer,document_expiry\n";

    private final ManifestCsvParser parser = new ManifestCsvParser();

    private ParsedManifest parse(String text) {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAtollsCsvLayoutWithPassengersAndCrew() {
        ParsedManifest m = parse(ATOLL_HEADER
                + "PA-0301,PA,PA101,GUM,2026-03-01T10:00,ROR,2026-03-01T13:00,passenger,Müller,\"Anna Maria\",F,1980-02-29,DEU,P,C01X00T47,D,2031-01-01\n"
                + "PA-0301,PA,PA101,GUM,2026-03-01T10:00,ROR,2026-03-01T13:00,crew,SMITH,JOHN,M,1970-01-01,USA,P,123456789,USA,2030-05-05\n");

        assertThat(m.format()).isEqualTo("CSV");
        assertThat(m.interchangeReference()).isEqualTo("PA-0301");
        assertThat(m.carrier()).isEqualTo("PA");
        assertThat(m.legs().get(0).arrival()).isEqualTo(LocalDateTime.of(2026, 3, 1, 13, 0));
        assertThat(m.passengers()).isEqualTo(1);
        assertThat(m.crew()).isEqualTo(1);
        assertThat(m.persons().get(0).name().surname()).isEqualTo("Müller");
        assertThat(m.persons().get(0).name().givenNames()).isEqualTo("Anna Maria");
        assertThat(m.persons().get(0).sex()).isEqualTo(Sex.FEMALE);
        assertThat(m.persons().get(0).dateOfBirth()).isEqualTo(PartialDate.of(1980, 2, 29));
        assertThat(m.persons().get(0).documents().get(0).issuingState()).isEqualTo(CountryCode.of("D"));
        assertThat(m.persons().get(0).documents().get(0).expiry()).isEqualTo(LocalDate.of(2031, 1, 1));
    }

    @Test
    void namesTheLineAndColumnOfABadDate() {
        ManifestIssue e = catchThrowableOfType(ManifestFormatException.class, () -> parse(ATOLL_HEADER
                + "R1,PA,PA101,GUM,,ROR,,passenger,DOE,JANE,F,1980-02-30,USA,P,X1,USA,2030-01-01\n")).firstError();

        assertThat(e.segment()).isEqualTo(2);
        assertThat(e.element()).isEqualTo(12);
        assertThat(e.message()).contains("1980-02-30");
    }

    @Test
    void readsFalForm5CrewListFromASpreadsheetExportWithSemicolons() {
        ParsedManifest m = parse("ship_name;imo_number;call_sign;voyage_number;port;arrival_or_departure;date;"
                + "flag_state;last_port;family_name;given_names;rank;nationality;date_of_birth;place_of_birth;"
                + "document_type;document_number;document_issuer;document_expiry\n"
                + "OCEAN STAR;9123456;V7AB2;V042;PWROR;arrival;2026-03-02;MHL;GUM;SANTOS;JOSE;Master;PHL;1975-04-04;"
                + "Cebu;P;P1234567A;PHL;2029-09-09\n");

        assertThat(m.format()).isEqualTo("FAL5");
        assertThat(m.kind()).isEqualTo(ManifestKind.CREW_LIST);
        assertThat(m.carrier()).isEqualTo("V7AB2");
        assertThat(m.legs().get(0).arrivalPort()).isEqualTo("PWROR");
        assertThat(m.legs().get(0).departurePort()).isEqualTo("GUM");
        assertThat(m.persons()).singleElement().satisfies(p -> {
            assertThat(p.role()).isEqualTo(PersonRole.CREW);
            assertThat(p.birthPlace()).isEqualTo("Cebu");
        });
    }

    @Test
    void readsFalForm6PassengerListWithTransitPassengers() {
        ParsedManifest m = parse("ship_name,imo_number,call_sign,voyage_number,port,arrival_or_departure,date,"
                + "flag_state,family_name,given_names,nationality,date_of_birth,place_of_birth,document_type,"
                + "document_number,document_issuer,document_expiry,port_of_embarkation,port_of_disembarkation,transit\n"
                + "OCEAN STAR,9123456,V7AB2,V042,PWROR,arrival,2026-03-02,MHL,LEE,AMY,AUS,1990-01-01,Perth,P,PA0000001,AUS,2030-01-01,GUM,PWROR,no\n"
                + "OCEAN STAR,9123456,V7AB2,V042,PWROR,arrival,2026-03-02,MHL,KIM,MIN,KOR,1991-01-01,Seoul,P,M12345678,KOR,2030-01-01,GUM,FMPNI,yes\n");

        assertThat(m.format()).isEqualTo("FAL6");
        assertThat(m.persons()).extracting(p -> p.role()).containsExactly(PersonRole.PASSENGER, PersonRole.TRANSIT);
        assertThat(m.persons().get(1).disembarkation()).isEqualTo("FMPNI");
    }

    @Test
    void refusesAHeaderItDoesNotKnow() {
        ManifestIssue e = catchThrowableOfType(ManifestFormatException.class,
                () -> parse("name,passport\nX,Y\n")).firstError();

        assertThat(e.segment()).isEqualTo(1);
        assertThat(e.message()).contains("header");
    }

    @Test
    void refusesAFileWithoutPersons() {
        assertThat(catchThrowableOfType(ManifestFormatException.class, () -> parse(ATOLL_HEADER)).firstError().message())
                .contains("no person");
    }
}
