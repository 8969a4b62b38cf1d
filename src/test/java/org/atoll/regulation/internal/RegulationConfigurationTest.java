package org.atoll.regulation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.atoll.reference.CountryCode;
import org.atoll.reference.KnownCodes;
import org.atoll.regulation.ArrivalHistory;
import org.atoll.regulation.EarlierStay;
import org.atoll.regulation.EligibilityRequest;
import org.atoll.regulation.Outcome;
import org.atoll.regulation.Regulations;
import org.atoll.regulation.TravelDocument;
import org.atoll.regulation.UnknownNationalityException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The Spring wiring: after Flyway, the history is loaded from storage, with the other modules' ports when present. */
class RegulationConfigurationTest {

    private static final EligibilityRequest GERMAN = EligibilityRequest.builder()
            .nationality(CountryCode.of("D"))
            .document(new TravelDocument("P", Optional.of("C01X00T47"), LocalDate.of(2030, 1, 1)))
            .intendedStayDays(10)
            .arrivalDate(LocalDate.of(2025, 6, 2))
            .build();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
                    JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:regulation-wiring;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
            .withUserConfiguration(RegulationConfiguration.class);

    @Test
    void startsWithTheShippedSetAndNoOtherModules() {
        runner.run(context -> {
            Regulations regulations = context.getBean(Regulations.class);

            assertThat(regulations.versions()).hasSize(1);
            assertThat(regulations.decide(GERMAN).outcome()).isEqualTo(Outcome.ELIGIBLE);
        });
    }

    @Test
    void usesTheReferenceModulesCodesAndTheMovementModulesHistoryWhenPresent() {
        ArrivalHistory ninetyDaysUsed = (traveller, from, to) -> java.util.List.of(
                EarlierStay.between(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 6, 1)));
        runner.withBean(KnownCodes.class, () -> (code, on) -> !code.value().equals("ZZZ"))
                .withBean(ArrivalHistory.class, () -> ninetyDaysUsed)
                .run(context -> {
                    Regulations regulations = context.getBean(Regulations.class);

                    assertThat(regulations.decide(GERMAN).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
                    org.assertj.core.api.Assertions.assertThatThrownBy(() -> regulations.decide(
                            GERMAN.toBuilder().nationality(CountryCode.of("ZZZ")).build()))
                            .isInstanceOf(UnknownNationalityException.class);
                });
    }
}
