package org.atoll.regulation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.atoll.regulation.RegulationHistory;
import org.atoll.regulation.RegulationSet;
import org.atoll.regulation.RegulationSetId;
import org.atoll.regulation.RegulationSetStatus;
import org.atoll.regulation.RegulationSetValidator;
import org.atoll.regulation.RuleCode;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The V400 migration and the store on H2 in PostgreSQL mode, as the application runs it. */
class JdbcRegulationSetStoreTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private final RegulationSetJson json = new RegulationSetJson();
    private final RegulationSetValidator validator = new RegulationSetValidator();
    private JdbcRegulationSetStore store;
    private JdbcClient jdbc;

    @BeforeEach
    void migrateAFreshDatabase() {
        DataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:regulation-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        store = new JdbcRegulationSetStore(jdbc, json, Clock.fixed(Instant.parse("2025-06-01T08:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void storesTheShippedSetOnFirstStartAndLoadsItOnTheNext() {
        RegulationHistory first = new RegulationHistoryLoader(store, json, validator).load();
        RegulationHistory second = new RegulationHistoryLoader(store, json, validator).load();

        assertThat(first.versions()).hasSize(1);
        assertThat(second.versions()).hasSize(1);
        assertThat(second.inForceOn(TODAY).orElseThrow().regimes()).isEqualTo(json.loadPalauDefault().regimes());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM regulation_set").query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void keepsADraftAndItsPublicationWithOptimisticLocking() {
        RegulationHistory history = new RegulationHistoryLoader(store, json, validator).load();
        RegulationSet current = history.latest().orElseThrow();
        RegulationSet draft = history.draftNextVersion(RegulationSetId.random(), TODAY.plusMonths(1));
        draft.removeRegime(RuleCode.of("R-RUS"));
        store.insert(draft);

        JdbcRegulationSetStore.Stored storedDraft = store.findById(draft.id()).orElseThrow();
        JdbcRegulationSetStore.Stored storedCurrent = store.findById(current.id()).orElseThrow();
        assertThat(storedDraft.set().regime(RuleCode.of("R-RUS"))).isEmpty();
        assertThat(storedDraft.set().status()).isEqualTo(RegulationSetStatus.DRAFT);

        history.publish(draft, TODAY);
        store.update(draft, storedDraft.rowVersion());
        store.update(current, storedCurrent.rowVersion());

        assertThat(store.findBinding()).extracting(RegulationSet::version, RegulationSet::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, RegulationSetStatus.SUPERSEDED),
                org.assertj.core.groups.Tuple.tuple(2, RegulationSetStatus.PUBLISHED));
        assertThatThrownBy(() -> store.update(current, storedCurrent.rowVersion()))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void neverMovesAStoredSetBackToDraft() {
        new RegulationHistoryLoader(store, json, validator).load();
        RegulationSet shipped = json.loadPalauDefault();
        RegulationSet asDraft = RegulationSet.builder(shipped.id(), 1).title("Rewritten").legalInstrument("Rewritten")
                .effectiveDate(shipped.effectiveDate()).build();

        assertThatThrownBy(() -> store.update(asDraft, 0)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void refusesAStatusTheTableDoesNotKnow() {
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO regulation_set (id, version, status, effective_date, published_on, title, document, "
                + "saved_at) VALUES (:id, 1, 'WITHDRAWN', DATE '2025-01-01', DATE '2025-01-01', 't', '{}', CURRENT_TIMESTAMP)").param("id", UUID.randomUUID()).update())
                .hasMessageContaining("fk_regulation_set_status");
    }

    @Test
    void refusesAPublishedSetWithoutAPublicationDateOnAnotherConnectionThanTheMigrations() {
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO regulation_set (id, version, status, effective_date, title, document, saved_at) "
                + "VALUES (:id, 1, 'PUBLISHED', DATE '2025-01-01', 't', '{}', CURRENT_TIMESTAMP)").param("id", UUID.randomUUID()).update())
                .hasMessageContaining("ck_regulation_set_publication").hasMessageContaining("violation");
    }
}
