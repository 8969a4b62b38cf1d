package org.atoll.regulation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.atoll.ConcurrentEditException;
import org.atoll.audit.AuditTrail;
import org.atoll.reference.KnownCodes;
import org.atoll.regulation.EligibilityEngine;
import org.atoll.regulation.RegulationHistory;
import org.atoll.regulation.RegulationSetPublished;
import org.atoll.regulation.RegulationSetValidator;
import org.atoll.regulation.Regulations;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** Two nodes on one database: what one publishes, the other answers with after its next poll. */
class RegulationSetFollowingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T08:00:00Z"), ZoneOffset.UTC);

    private JdbcClient jdbc;
    private final List<Object> published = new CopyOnWriteArrayList<>();

    @BeforeEach
    void database() {
        DataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:regulation-nodes-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    private RegulationSetAdministration node() {
        RegulationSetJson json = new RegulationSetJson();
        RegulationSetValidator validator = new RegulationSetValidator();
        JdbcRegulationSetStore store = new JdbcRegulationSetStore(jdbc, json, CLOCK);
        RegulationHistory history = new RegulationHistoryLoader(store, json, validator).load();
        Regulations regulations = new Regulations(history, new EligibilityEngine(KnownCodes.ANY), validator, CLOCK);
        return new RegulationSetAdministration(store, json, history, regulations,
                new StaticListableBeanFactory().getBeanProvider(org.atoll.regulation.ArrivalHistory.class),
                mock(AuditTrail.class), published::add, CLOCK);
    }

    @Test
    void aVersionPublishedOnOneNodeAnswersOnTheOtherAfterItsPoll() {
        RegulationSetAdministration first = node();
        RegulationSetAdministration second = node();
        LocalDate effective = LocalDate.of(2025, 9, 1);

        var draft = first.createDraft(effective);
        first.putItem(draft.set().id(), DraftItems.Kind.PROVISION, null, Map.of("reference", List.of("Executive Order 451, §NEW"),
                "title", List.of("A new order"), "text", List.of("Its text.")), draft.rowVersion());
        first.publish(draft.set().id(), draft.rowVersion() + 1, null);

        assertThat(published).singleElement().isInstanceOf(RegulationSetPublished.class);
        assertThat(second.inForceToday().orElseThrow().version()).isEqualTo(1);
        second.refresh();
        assertThat(second.list()).hasSize(2);
        assertThat(second.inForceOn(effective).orElseThrow().version()).isEqualTo(2);
        assertThat(second.inForceOn(effective.minusDays(1)).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void twoNodesPublishingDraftsOfTheSameVersionCannotBothSucceed() {
        RegulationSetAdministration first = node();
        RegulationSetAdministration second = node();
        var one = first.createDraft(LocalDate.of(2025, 9, 1));
        var other = second.createDraft(LocalDate.of(2025, 10, 1));

        first.publish(one.set().id(), one.rowVersion(), null);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> second.publish(other.set().id(), other.rowVersion(), null))
                .isInstanceOf(org.atoll.regulation.RegulationSetInvalidException.class)
                .hasMessageContaining("STALE_DRAFT");
    }

    @Test
    void editingWithAnOldRowVersionIsAConflict() {
        RegulationSetAdministration node = node();
        var draft = node.createDraft(LocalDate.of(2025, 9, 1));
        node.changeHeader(draft.set().id(), "Changed title", "Title 13", LocalDate.of(2025, 9, 2), draft.rowVersion());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> node.changeHeader(draft.set().id(), "Again", "Title 13",
                        LocalDate.of(2025, 9, 2), draft.rowVersion()))
                .isInstanceOf(ConcurrentEditException.class);
    }
}
