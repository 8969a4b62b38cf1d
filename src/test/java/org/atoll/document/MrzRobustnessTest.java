package org.atoll.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Nothing a reader or a user can send makes the module throw anything but its own validation errors. */
class MrzRobustnessTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final long SEED = 42L;
    private static final String NOISE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<<<abcz \t\r\n\n-'.éÄЖΩ\u0000\u00A0\uD83D\uDE00\u200B";

    final MachineReadableZones zones = new MachineReadableZones(TestCodes.ICAO_SAMPLE, Clock.systemUTC());

    @Test
    void randomStringsGiveAReadingOrASyntaxError() {
        Random random = new Random(SEED);
        int refused = 0;
        for (int i = 0; i < 20_000; i++) {
            int length = random.nextInt(4) == 0 ? new int[] {72, 88, 90, 89, 91}[random.nextInt(5)] : random.nextInt(120);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < length; k++) {
                sb.append(NOISE.charAt(random.nextInt(NOISE.length())));
            }
            refused += readOrRefuse(sb.toString(), i) ? 0 : 1;
        }
        assertThat(refused).isPositive();
    }

    @Test
    void wellShapedGarbageAlwaysGivesAReading() {
        Random random = new Random(SEED + 1);
        int[][] shapes = {{3, 30}, {2, 36}, {2, 44}};
        for (int i = 0; i < 20_000; i++) {
            int[] shape = shapes[random.nextInt(shapes.length)];
            StringBuilder sb = new StringBuilder();
            for (int l = 0; l < shape[0]; l++) {
                if (l > 0) {
                    sb.append('\n');
                }
                for (int k = 0; k < shape[1]; k++) {
                    sb.append(RandomZones.ALPHABET.charAt(random.nextInt(RandomZones.ALPHABET.length())));
                }
            }
            String zone = sb.toString();
            try {
                MrzReading r = zones.read(zone, TODAY);
                assertThat(r.lines()).hasSize(shape[0]);
                if (!r.valid()) {
                    assertThat(r.errors()).allSatisfy(e -> {
                        assertThat(e.line()).isBetween(1, shape[0]);
                        assertThat(e.position()).isBetween(1, shape[1]);
                    });
                }
            } catch (RuntimeException e) {
                fail("seed " + (SEED + 1) + " case " + i + " threw " + e + " for\n" + zone, e);
            }
        }
    }

    @Test
    void mutatedZonesGiveAReadingOrASyntaxError() {
        Random random = new Random(SEED + 2);
        RandomZones fields = new RandomZones(SEED + 2, TODAY);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder zone = new StringBuilder(zones.generate(fields.fields(fields.format())).text());
            int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations; m++) {
                int at = random.nextInt(zone.length() + 1);
                char c = NOISE.charAt(random.nextInt(NOISE.length()));
                switch (random.nextInt(5)) {
                    case 0 -> zone.insert(at, c);
                    case 1 -> { if (at < zone.length()) zone.deleteCharAt(at); }
                    case 2 -> { if (at < zone.length()) zone.setCharAt(at, c); }
                    case 3 -> zone.setLength(at);
                    default -> zone.append(random.nextBoolean() ? "\n" : zone.substring(0, Math.min(zone.length(), 44)));
                }
            }
            readOrRefuse(zone.toString(), i);
        }
    }

    @Test
    void randomFieldsGiveAZoneOrAGenerationError() {
        Random random = new Random(SEED + 3);
        RandomZones fields = new RandomZones(SEED + 3, TODAY);
        for (int i = 0; i < 5_000; i++) {
            MrzFormat format = fields.format();
            MrzFields valid = fields.fields(format);
            try {
                MrzFields.Builder b = MrzFields.builder(MrzFormat.values()[random.nextInt(5)]).documentCode(valid.documentCode().value())
                    .issuingState(valid.issuingState().value()).nationality(valid.nationality().value())
                    .name(PersonName.of(fields.text(NOISE, 1 + random.nextInt(50)), fields.text(NOISE, random.nextInt(50))))
                    .documentNumber(fields.text("ABC123", 1 + random.nextInt(30)))
                    .dateOfBirth(valid.dateOfBirth()).sex(valid.sex()).dateOfExpiry(valid.dateOfExpiry())
                    .optionalData(fields.text(NOISE, random.nextInt(20)), fields.text(RandomZones.ALPHABET, random.nextInt(14)));
                GeneratedMrz mrz = zones.generate(b.build());
                assertThat(zones.read(mrz.text(), TODAY).valid()).isTrue();
            } catch (MrzSyntaxException notExpected) {
                fail("seed " + (SEED + 3) + " case " + i + ": a generated zone was not an MRZ", notExpected);
            } catch (MrzGenerationException expected) {
                assertThat(expected.field()).isNotNull();
            } catch (IllegalArgumentException fromValueObject) {
                assertThat(fromValueObject.getMessage()).isNotBlank();
            }
        }
    }

    private boolean readOrRefuse(String input, int i) {
        try {
            zones.read(input, TODAY);
            return true;
        } catch (MrzSyntaxException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            assertThat(expected.line()).isGreaterThanOrEqualTo(0);
            return false;
        } catch (RuntimeException e) {
            fail("case " + i + " threw " + e + " for input " + input.replace("\n", "\\n"), e);
            return false;
        }
    }
}
