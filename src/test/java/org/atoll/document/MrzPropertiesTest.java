package org.atoll.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.atoll.document.mrz.CheckDigits;
import org.junit.jupiter.api.Test;

/** Properties over seeded random zones: a failure prints the seed and the zone to replay it. */
class MrzPropertiesTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final long SEED = 9303L;
    final MachineReadableZones zones = new MachineReadableZones(TestCodes.ICAO_SAMPLE, Clock.systemUTC());

    @Test
    void readingAGeneratedZoneGivesBackTheFieldsItWasWrittenFrom() {
        RandomZones random = new RandomZones(SEED, TODAY);
        for (int i = 0; i < 5_000; i++) {
            MrzFields fields = random.fields(random.format());
            GeneratedMrz mrz = zones.generate(fields);
            MrzReading r = zones.read(mrz.text(), TODAY);
            String context = "seed " + SEED + " case " + i + "\n" + mrz.text() + "\n" + r.errors();
            assertThat(r.valid()).as(context).isTrue();
            assertThat(r.format()).as(context).isEqualTo(fields.format());
            assertThat(r.documentCode()).as(context).contains(fields.documentCode());
            assertThat(r.issuingState()).as(context).contains(fields.issuingState());
            assertThat(r.nationality()).as(context).contains(fields.nationality());
            assertThat(r.name()).as(context).contains(mrz.name());
            assertThat(r.nameMayBeTruncated() || !mrz.nameTruncated() || mrz.lines().get(fields.format() == MrzFormat.TD1 ? 2 : 0).endsWith("<"))
                    .as(context).isTrue();
            assertThat(r.documentNumber()).as(context).contains(fields.documentNumber());
            assertThat(r.dateOfBirth()).as(context).isEqualTo(java.util.Optional.ofNullable(fields.dateOfBirth()));
            assertThat(r.sex()).as(context).contains(fields.sex());
            assertThat(r.dateOfExpiry()).as(context).contains(fields.dateOfExpiry());
            int optionalFields = fields.format() == MrzFormat.TD1 ? 2 : 1;
            for (int k = 0; k < optionalFields; k++) {
                String expected = k < fields.optionalData().size() ? fields.optionalData().get(k) : "";
                assertThat(r.optionalData().get(k)).as(context).isEqualTo(expected);
            }
        }
    }

    @Test
    void anySingleCharacterChangeThatIcaoGuaranteesToCatchIsCaught() {
        RandomZones random = new RandomZones(SEED + 1, TODAY);
        int changes = 0;
        for (int i = 0; i < 2_000; i++) {
            MrzFormat format = random.format();
            String zone = zones.generate(random.fields(format)).text();
            for (int k = 0; k < 20; k++) {
                int line = format == MrzFormat.TD1 ? 1 + random.nextInt(2) : 2;
                int position = 1 + random.nextInt(format.lineLength());
                if (!covered(format, line, position)) {
                    continue;
                }
                char old = zone.split("\n")[line - 1].charAt(position - 1);
                char replacement = RandomZones.ALPHABET.charAt(random.nextInt(RandomZones.ALPHABET.length()));
                // 9303's 7-3-1 weights modulo 10 miss a change only when the two values differ by a multiple of 10.
                if ((CheckDigits.value(old) - CheckDigits.value(replacement)) % 10 == 0) {
                    continue;
                }
                String changed = MrzTestSupport.replaceAt(zone, line, position, replacement);
                MrzReading r = zones.read(changed, TODAY);
                assertThat(r.valid()).as("seed %d case %d: %s -> %s at line %d position %d\n%s", SEED + 1, i, old, replacement,
                        line, position, changed).isFalse();
                changes++;
            }
        }
        assertThat(changes).isGreaterThan(10_000);
    }

    /** The positions a check digit covers (its field, or the composite's ranges), check digits included. */
    static boolean covered(MrzFormat format, int line, int p) {
        return switch (format) {
            case TD1 -> line == 1 ? p >= 6 : (p <= 7 || (p >= 9 && p <= 15) || p >= 19);
            case TD2 -> line == 2 && (p <= 10 || (p >= 14 && p <= 20) || p >= 22);
            case TD3 -> line == 2 && (p <= 10 || (p >= 14 && p <= 20) || p >= 22);
            case MRV_A, MRV_B -> line == 2 && (p <= 10 || (p >= 14 && p <= 20) || (p >= 22 && p <= 28));
        };
    }
}
