package org.atoll.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.atoll.reference.CountryCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The module with its direct dependencies (reference data, access, audit) in Spring: migrations
 * run, the shipped set is stored and answers.
 * Spring Modulith refuses to bootstrap a module whose allowed dependencies do not exist yet, so
 * this runs once the document module is in the build.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@org.springframework.test.context.ActiveProfiles(resolver = org.atoll.TestDatabase.class)
@EnabledIf("documentModulePresent")
class RegulationModuleTest {

    @Autowired
    Regulations regulations;

    static boolean documentModulePresent() {
        return RegulationModuleTest.class.getClassLoader().getResource("org/atoll/document") != null;
    }

    @Test
    void answersFromTheShippedPalauSetStoredOnFirstStart() {
        EligibilityDecision decision = regulations.decide(EligibilityRequest.builder()
                .nationality(CountryCode.of("BGD"))
                .document(new TravelDocument("P", Optional.empty(), LocalDate.of(2030, 1, 1)))
                .purpose(Purpose.TOURISM)
                .intendedStayDays(10)
                .arrivalDate(LocalDate.of(2025, 6, 2))
                .build());

        assertThat(decision.outcome()).isEqualTo(Outcome.VISA_REQUIRED);
        assertThat(regulations.versions()).singleElement().satisfies(set -> assertThat(set.version()).isEqualTo(1));
    }
}
