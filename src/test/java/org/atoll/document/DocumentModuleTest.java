package org.atoll.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The document module starts on its own (with reference) and offers its facade as a bean. */
@ApplicationModuleTest
class DocumentModuleTest {

    @Autowired
    MachineReadableZones zones;

    @Test
    void offersTheMachineReadableZonesFacade() {
        MrzReading r = zones.read("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
                LocalDate.of(2025, 6, 1));
        assertThat(r.valid()).isTrue();
        assertThat(r.expiryStatus()).isEqualTo(ExpiryStatus.EXPIRED);
    }
}
