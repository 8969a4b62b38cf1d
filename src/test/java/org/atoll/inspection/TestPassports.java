package org.atoll.inspection;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.atoll.TestDates;
import org.atoll.document.MachineReadableZones;
import org.atoll.document.MrzFields;
import org.atoll.document.MrzFormat;
import org.atoll.document.Sex;

/** Passports for the booth, written by the document module so that their check digits are right. */
public final class TestPassports {

    private final MachineReadableZones zones;

    public TestPassports(MachineReadableZones zones) {
        this.zones = zones;
    }

    /** A fresh document number (letters and digits, 9 characters) so that tests do not meet each other's travellers. */
    public static String newNumber() {
        return ("T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8)).toUpperCase(Locale.ROOT);
    }

    /** A surname nobody else in the suite has, so that movement histories stay apart. */
    public static String newSurname(String stem) {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase(Locale.ROOT);
        return stem + letters.substring(0, Math.min(5, letters.length()));
    }

    public String passport(String nationality, String surname, String givenNames, String number, LocalDate birth, LocalDate expiry) {
        return zones.generate(MrzFields.builder(MrzFormat.TD3).documentCode("P").issuingState(nationality).name(surname, givenNames)
                .documentNumber(number).nationality(nationality).dateOfBirth(birth).sex(Sex.FEMALE).dateOfExpiry(expiry).build()).text();
    }

    public String passport(String nationality, String surname, String number) {
        return passport(nationality, surname, "ANNA", number, LocalDate.of(1985, 4, 12), TestDates.today().plusYears(5));
    }
}
