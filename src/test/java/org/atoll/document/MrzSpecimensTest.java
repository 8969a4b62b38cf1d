package org.atoll.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real specimens (ICAO Utopia, PRADO) with the values their source's tests state; see the resource's "source". */
class MrzSpecimensTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private final MachineReadableZones zones = new MachineReadableZones(TestCodes.ICAO_SAMPLE, java.time.Clock.systemUTC());

    record Specimen(String name, List<String> lines, boolean valid, Map<String, String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Specimen> specimens() throws Exception {
        try (InputStream in = MrzSpecimensTest.class.getResourceAsStream("/document/mrz-specimens.json")) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<Specimen> result = new ArrayList<>();
            int i = 0;
            for (JsonNode c : root.get("cases")) {
                List<String> lines = new ArrayList<>();
                c.get("lines").forEach(l -> lines.add(l.asString()));
                Map<String, String> expected = new java.util.LinkedHashMap<>();
                c.get("expected").properties().forEach(e -> expected.put(e.getKey(), e.getValue().asString()));
                result.add(new Specimen(++i + " " + c.get("type").asString() + " " + lines.get(0), lines,
                        c.get("valid").asBoolean(), expected));
            }
            return result.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("specimens")
    void readsEachSpecimenWithTheVerdictAndValuesItsSourceStates(Specimen specimen) {
        String scanned = String.join("\n", specimen.lines());
        boolean wellShaped = (specimen.lines().size() == 3 && specimen.lines().stream().allMatch(l -> l.length() == 30))
                || (specimen.lines().size() == 2 && specimen.lines().stream().allMatch(l -> l.length() == specimen.lines().get(0).length())
                && (specimen.lines().get(0).length() == 36 || specimen.lines().get(0).length() == 44));
        if (!wellShaped) {
            assertThat(specimen.valid()).isFalse();
            assertThatThrownBy(() -> zones.read(scanned, TODAY)).isInstanceOf(MrzSyntaxException.class);
            return;
        }
        MrzReading reading = zones.read(scanned, TODAY);
        assertThat(reading.valid()).as("valid, errors: %s", reading.errors()).isEqualTo(specimen.valid());
        specimen.expected().forEach((key, value) -> assertThat(actual(reading, key)).as(key).isEqualTo(value));
    }

    private static String actual(MrzReading r, String key) {
        return switch (key) {
            case "documentCode" -> r.documentCode().map(DocumentCode::value).orElse(null);
            case "issuingState" -> r.issuingState().map(Object::toString).orElse(null);
            case "nationality" -> r.nationality().map(Object::toString).orElse(null);
            case "surname" -> r.name().map(PersonName::primaryIdentifier).orElse(null);
            case "givenNames" -> r.name().map(PersonName::secondaryIdentifier).orElse(null);
            case "documentNumber" -> r.documentNumber().map(DocumentNumber::value).orElse(null);
            case "dateOfBirth" -> r.dateOfBirth().map(d -> yymmdd(d.toLocalDate().orElseThrow())).orElse(null);
            case "expiryDate" -> r.dateOfExpiry().map(MrzSpecimensTest::yymmdd).orElse(null);
            case "sex" -> r.sex().map(s -> String.valueOf(s.mrzCode())).orElse(null);
            case "optionalData", "optionalData1" -> r.optionalData().get(0);
            case "optionalData2" -> r.optionalData().get(1);
            case "documentNumberCheckDigit" -> found(r, MrzField.DOCUMENT_NUMBER);
            case "dateOfBirthCheckDigit" -> found(r, MrzField.DATE_OF_BIRTH);
            case "expiryDateCheckDigit" -> found(r, MrzField.DATE_OF_EXPIRY);
            case "optionalDataCheckDigit" -> found(r, MrzField.OPTIONAL_DATA);
            case "compositeCheckDigit" -> found(r, MrzField.COMPOSITE);
            default -> throw new IllegalArgumentException("No reading for expected key " + key);
        };
    }

    private static String found(MrzReading r, MrzField field) {
        return r.checkDigits().stream().filter(c -> c.field() == field).findFirst()
                .map(c -> String.valueOf(c.found())).orElse(null);
    }

    private static String yymmdd(LocalDate d) {
        return String.format("%02d%02d%02d", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth());
    }
}
