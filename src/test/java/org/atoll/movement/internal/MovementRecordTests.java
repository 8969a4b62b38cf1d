package org.atoll.movement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atoll.movement.Crossings.aTraveller;
import static org.atoll.movement.Crossings.anEntry;
import static org.atoll.movement.Crossings.anExit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.atoll.AtollIntegrationTest;
import org.atoll.RecordNotFoundException;
import org.atoll.movement.CrossingToRecord;
import org.atoll.movement.Direction;
import org.atoll.movement.Movement;
import org.atoll.movement.MovementRecorded;
import org.atoll.movement.Movements;
import org.atoll.movement.Stay;
import org.atoll.movement.TravellerDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@AtollIntegrationTest
@RecordApplicationEvents
class MovementRecordTests {

    static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);

    @Autowired
    Movements movements;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void anAdmittedEntryIsRecordedOpensAStayAndIsAnnounced() {
        TravellerDocument traveller = aTraveller().nationality("JPN").build();

        Movement entry = movements.record(anEntry(traveller).on(MARCH_1).permit("VOA", MARCH_1.plusDays(29)).build());

        assertThat(entry.direction()).isEqualTo(Direction.ENTRY);
        assertThat(entry.port().value()).isEqualTo("PWROR");
        assertThat(entry.traveller().documentNumber()).isEqualTo(traveller.documentNumber());
        assertThat(entry.permittedUntil()).contains(MARCH_1.plusDays(29));
        assertThat(entry.flightOrVessel()).contains("UA157");
        Stay stay = movements.openStay(traveller).orElseThrow();
        assertThat(stay.entered()).isEqualTo(MARCH_1);
        assertThat(stay.permittedUntil()).contains(MARCH_1.plusDays(29));
        assertThat(stay.travellerId()).isEqualTo(entry.travellerId());
        assertThat(events.stream(MovementRecorded.class).map(e -> e.movement().movementId())).contains(entry.movementId());
    }

    @Test
    void recordingTheSameSourceTwiceReturnsTheFirstMovement() {
        TravellerDocument traveller = aTraveller().build();
        CrossingToRecord crossing = anEntry(traveller).on(MARCH_1).permit("VOA", MARCH_1.plusDays(29)).build();

        Movement first = movements.record(crossing);
        Movement second = movements.record(crossing);

        assertThat(second).isEqualTo(first);
        assertThat(count(crossing.source())).isEqualTo(1);
        assertThat(movements.history(traveller, 10)).hasSize(1);
        assertThat(events.stream(MovementRecorded.class).filter(e -> e.movement().movementId().equals(first.movementId())))
                .hasSize(1);
    }

    @Test
    void twoConcurrentRecordingsOfOneSourceRecordOneMovement() throws Exception {
        TravellerDocument traveller = aTraveller().build();
        CrossingToRecord crossing = anEntry(traveller).on(MARCH_1).permit("VOA", MARCH_1.plusDays(29)).build();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Movement>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit((Callable<Movement>) () -> {
                    start.await();
                    return movements.record(crossing);
                }));
            }
            start.countDown();
            Movement a = results.get(0).get();
            Movement b = results.get(1).get();
            assertThat(a.movementId()).isEqualTo(b.movementId());
        } finally {
            pool.shutdown();
        }
        assertThat(count(crossing.source())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stay s JOIN traveller_document d ON d.traveller_id = s.traveller_id "
                + "WHERE d.document_number = :n").param("n", traveller.documentNumber().value()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void anExitClosesTheOpenStayWithinThePermittedDate() {
        TravellerDocument traveller = aTraveller().build();
        movements.record(anEntry(traveller).on(MARCH_1).permit("VOA", MARCH_1.plusDays(29)).build());

        Movement exit = movements.record(anExit(traveller).on(MARCH_1.plusDays(10)).build());

        assertThat(exit.daysOverstayed()).isZero();
        assertThat(exit.overstayed()).isFalse();
        assertThat(movements.openStay(traveller)).isEmpty();
        assertThat(departedOn(exit)).isEqualTo(MARCH_1.plusDays(10));
    }

    @Test
    void anExitAfterThePermittedDateReportsTheDaysOverstayed() {
        TravellerDocument traveller = aTraveller().build();
        movements.record(anEntry(traveller).on(MARCH_1).permit("VOA", MARCH_1.plusDays(29)).build());

        Movement exit = movements.record(anExit(traveller).on(MARCH_1.plusDays(33)).build());

        assertThat(exit.daysOverstayed()).isEqualTo(4);
        assertThat(exit.overstayed()).isTrue();
        assertThat(jdbc.sql("SELECT days_overstayed FROM stay WHERE exit_movement_id = :id").param("id", exit.movementId())
                .query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void anExitWithoutARecordedEntryIsRecordedAndFlagged() {
        TravellerDocument traveller = aTraveller().build();

        Movement exit = movements.record(anExit(traveller).on(MARCH_1).build());

        assertThat(exit.direction()).isEqualTo(Direction.EXIT);
        assertThat(jdbc.sql("SELECT without_entry FROM movement WHERE id = :id").param("id", exit.movementId())
                .query(Boolean.class).single()).isTrue();
        assertThat(movements.history(traveller, 5)).extracting(Movement::movementId).containsExactly(exit.movementId());
    }

    @Test
    void aRefusedEntryIsRecordedButOpensNoStay() {
        TravellerDocument traveller = aTraveller().build();

        movements.record(anEntry(traveller).on(MARCH_1).permit(null, null).decision("REFUSE").build());

        assertThat(movements.history(traveller, 5)).hasSize(1);
        assertThat(movements.openStay(traveller)).isEmpty();
    }

    @Test
    void aNewPassportWithTheSameNamesBirthDateAndNationalityIsTheSameTraveller() {
        TravellerDocument old = aTraveller().nationality("PHL").named("DELA CRUZ", "MARIA").bornOn(LocalDate.of(1991, 2, 3)).build();
        TravellerDocument renewed = aTraveller().nationality("PHL").named("Dela-Cruz", "Maria").bornOn(LocalDate.of(1991, 2, 3)).build();
        assertThat(renewed.documentNumber()).isNotEqualTo(old.documentNumber());
        Movement firstEntry = movements.record(anEntry(old).on(MARCH_1).permit("VOA", MARCH_1.plusDays(29)).build());
        movements.record(anExit(old).on(MARCH_1.plusDays(5)).build());

        Movement secondEntry = movements.record(anEntry(renewed).on(MARCH_1.plusDays(60)).permit("VOA", MARCH_1.plusDays(89)).build());

        assertThat(secondEntry.travellerId()).isEqualTo(firstEntry.travellerId());
        assertThat(movements.history(renewed, 10)).hasSize(3);
        assertThat(movements.history(old, 10)).extracting(Movement::movementId).first().isEqualTo(secondEntry.movementId());
        assertThat(movements.openStay(old)).map(Stay::entered).contains(MARCH_1.plusDays(60));
    }

    @Test
    void aDifferentDateOfBirthMakesADifferentTraveller() {
        TravellerDocument one = aTraveller().named("SMITH", "JOHN").nationality("USA").bornOn(LocalDate.of(1970, 1, 1)).build();
        TravellerDocument other = aTraveller().named("SMITH", "JOHN").nationality("USA").bornOn(LocalDate.of(1970, 1, 2)).build();

        Movement a = movements.record(anEntry(one).on(MARCH_1).build());
        Movement b = movements.record(anEntry(other).on(MARCH_1).build());

        assertThat(a.travellerId()).isNotEqualTo(b.travellerId());
    }

    @Test
    void anEntryWhileAStayIsOpenClosesItTheDayBeforeAsAnUnrecordedExit() {
        TravellerDocument traveller = aTraveller().build();
        movements.record(anEntry(traveller).on(MARCH_1).permit("VOA", MARCH_1.plusDays(29)).build());

        movements.record(anEntry(traveller).on(MARCH_1.plusDays(50)).permit("VOA", MARCH_1.plusDays(79)).build());

        Stay open = movements.openStay(traveller).orElseThrow();
        assertThat(open.entered()).isEqualTo(MARCH_1.plusDays(50));
        assertThat(jdbc.sql("SELECT departed FROM stay WHERE traveller_id = :t AND exit_inferred = TRUE")
                .param("t", open.travellerId()).query(LocalDate.class).single()).isEqualTo(MARCH_1.plusDays(49));
    }

    @Test
    void anExtensionMovesThePermittedDateAndIsAudited() {
        TravellerDocument traveller = aTraveller().build();
        Movement entry = movements.record(anEntry(traveller).on(MARCH_1).permit("VOA", MARCH_1.plusDays(29)).build());

        Stay extended = movements.changePermittedUntil(entry.travellerId(), MARCH_1.plusDays(59), "Extension granted", "visa-officer");

        assertThat(extended.permittedUntil()).contains(MARCH_1.plusDays(59));
        assertThat(movements.openStay(traveller).flatMap(Stay::permittedUntil)).contains(MARCH_1.plusDays(59));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'STAY_PERMIT_CHANGED' AND object_id = :id")
                .param("id", extended.stayId().toString()).query(Long.class).single()).isEqualTo(1);
        Movement exit = movements.record(anExit(traveller).on(MARCH_1.plusDays(45)).build());
        assertThat(exit.daysOverstayed()).isZero();
    }

    @Test
    void noPermittedDateCanChangeWithoutAnOpenStay() {
        TravellerDocument traveller = aTraveller().build();
        Movement exit = movements.record(anExit(traveller).on(MARCH_1).build());

        assertThatThrownBy(() -> movements.changePermittedUntil(exit.travellerId(), MARCH_1.plusDays(5), "extension", "o"))
                .isInstanceOf(RecordNotFoundException.class);
    }

    private long count(UUID source) {
        return jdbc.sql("SELECT COUNT(*) FROM movement WHERE source = :s").param("s", source).query(Long.class).single();
    }

    private LocalDate departedOn(Movement exit) {
        return jdbc.sql("SELECT departed FROM stay WHERE exit_movement_id = :id").param("id", exit.movementId())
                .query(LocalDate.class).single();
    }
}
