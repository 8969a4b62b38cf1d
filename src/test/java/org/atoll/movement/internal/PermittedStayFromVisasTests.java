package org.atoll.movement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atoll.movement.Crossings.aTraveller;
import static org.atoll.movement.Crossings.anEntry;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.atoll.AtollIntegrationTest;
import org.atoll.movement.Movements;
import org.atoll.movement.Stay;
import org.atoll.movement.TravellerDocument;
import org.atoll.reference.CountryCode;
import org.atoll.visa.VisaExtensionApproved;
import org.atoll.visa.VisaNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@AtollIntegrationTest
class PermittedStayFromVisasTests {

    static final LocalDate ENTERED = LocalDate.of(2026, 10, 1);

    @Autowired
    Movements movements;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anApprovedVisaExtensionMovesThePermittedDateOfTheHoldersOpenStay() {
        TravellerDocument holder = aTraveller().nationality("CHN").build();
        movements.record(anEntry(holder).on(ENTERED).permit("ENTRY-VISA", ENTERED.plusDays(29)).build());

        transactions.executeWithoutResult(tx -> events.publishEvent(new VisaExtensionApproved(VisaNumber.of("V00004711"),
                CountryCode.of("CHN"), holder.documentNumber(), 30, ENTERED.plusDays(20), "visa.officer")));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(movements.openStay(holder))
                .map(Stay::permittedUntil).contains(Optional.of(ENTERED.plusDays(59))));
        assertThat(jdbc.sql("SELECT reason FROM stay_permit_change WHERE stay_id = :id")
                .param("id", movements.openStay(holder).orElseThrow().stayId()).query(String.class).list())
                .singleElement().asString().contains("30 days").contains("V00004711");
    }
}
