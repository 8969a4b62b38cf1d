package org.atoll.regulation.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.atoll.regulation.RegulationSet;
import org.atoll.regulation.RegulationSetId;
import org.atoll.regulation.RegulationSetStatus;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores each version of the regulation set as its JSON document (table regulation_set, V400).
 * A set is saved whole; {@code row_version} guards against two administrators (or two nodes)
 * publishing over each other.
 */
public class JdbcRegulationSetStore {

    /** A stored set with the row version to pass back when saving it again. */
    public record Stored(RegulationSet set, long rowVersion) {
    }

    private final JdbcClient jdbc;
    private final RegulationSetJson json;
    private final Clock clock;

    public JdbcRegulationSetStore(JdbcClient jdbc, RegulationSetJson json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Published and superseded versions, in effective-date order. */
    public List<RegulationSet> findBinding() {
        return jdbc.sql("SELECT document FROM regulation_set WHERE status IN ('PUBLISHED', 'SUPERSEDED') ORDER BY effective_date, version")
                .query((rs, n) -> json.read(rs.getString("document")))
                .list();
    }

    /** One line of the list of versions, without the document. */
    public record Summary(RegulationSetId id, int version, RegulationSetStatus status, java.time.LocalDate effectiveDate,
                          java.time.LocalDate publishedOn, RegulationSetId basedOn, String title, long rowVersion,
                          java.time.Instant savedAt) {
    }

    /** Every version, drafts included, newest version first. */
    public List<Summary> summaries() {
        return jdbc.sql("SELECT id, version, status, effective_date, published_on, based_on, title, row_version, saved_at "
                        + "FROM regulation_set ORDER BY version DESC, saved_at DESC")
                .query((rs, n) -> new Summary(new RegulationSetId(rs.getObject("id", java.util.UUID.class)), rs.getInt("version"),
                        RegulationSetStatus.valueOf(rs.getString("status")), rs.getObject("effective_date", java.time.LocalDate.class),
                        rs.getObject("published_on", java.time.LocalDate.class),
                        rs.getObject("based_on", java.util.UUID.class) == null ? null
                                : new RegulationSetId(rs.getObject("based_on", java.util.UUID.class)),
                        rs.getString("title"), rs.getLong("row_version"),
                        rs.getObject("saved_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * What changes when any node publishes: the number of binding versions and the highest of
     * their row versions summed. Cheap enough to ask every few seconds.
     */
    public String bindingFingerprint() {
        return jdbc.sql("SELECT COUNT(*) AS n, COALESCE(MAX(version), 0) AS v, COALESCE(SUM(row_version), 0) AS r "
                        + "FROM regulation_set WHERE status IN ('PUBLISHED', 'SUPERSEDED')")
                .query((rs, n) -> rs.getLong("n") + "/" + rs.getLong("v") + "/" + rs.getLong("r"))
                .single();
    }

    /** Deletes a draft read at {@code expectedRowVersion}; published law is never deleted. */
    public void deleteDraft(RegulationSetId id, long expectedRowVersion) {
        int deleted = jdbc.sql("DELETE FROM regulation_set WHERE id = :id AND row_version = :rowVersion AND status = 'DRAFT'")
                .param("id", id.value())
                .param("rowVersion", expectedRowVersion)
                .update();
        if (deleted != 1) {
            throw new OptimisticLockingFailureException("Draft " + id + " was changed or published since row version "
                    + expectedRowVersion + "; reload it");
        }
    }

    public Optional<Stored> findById(RegulationSetId id) {
        return jdbc.sql("SELECT document, row_version FROM regulation_set WHERE id = :id")
                .param("id", id.value())
                .query((rs, n) -> new Stored(json.read(rs.getString("document")), rs.getLong("row_version")))
                .optional();
    }

    public void insert(RegulationSet set) {
        jdbc.sql("INSERT INTO regulation_set (id, version, status, effective_date, published_on, based_on, title, document, row_version, saved_at) "
                        + "VALUES (:id, :version, :status, :effectiveDate, :publishedOn, :basedOn, :title, :document, 0, :savedAt)")
                .param("id", set.id().value())
                .param("version", set.version())
                .param("status", set.status().name())
                .param("effectiveDate", set.effectiveDate())
                .param("publishedOn", set.publishedOn().orElse(null))
                .param("basedOn", set.basedOn().map(RegulationSetId::value).orElse(null))
                .param("title", set.title())
                .param("document", json.write(set))
                .param("savedAt", OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
                .update();
    }

    /**
     * Saves a set read earlier at {@code expectedRowVersion}. A published or superseded set may
     * only change status (publication, supersession); its rules never change in storage either.
     *
     * @throws OptimisticLockingFailureException when someone saved it in between
     */
    public void update(RegulationSet set, long expectedRowVersion) {
        // the stored status must be the new one or one it can follow: storage never moves a set back
        int updated = jdbc.sql("UPDATE regulation_set SET status = :status, effective_date = :effectiveDate, published_on = :publishedOn, "
                        + "title = :title, document = :document, row_version = row_version + 1, saved_at = :savedAt "
                        + "WHERE id = :id AND row_version = :rowVersion AND status IN (:allowedFrom)")
                .param("status", set.status().name())
                .param("effectiveDate", set.effectiveDate())
                .param("publishedOn", set.publishedOn().orElse(null))
                .param("title", set.title())
                .param("document", json.write(set))
                .param("savedAt", OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
                .param("id", set.id().value())
                .param("rowVersion", expectedRowVersion)
                .param("allowedFrom", allowedFrom(set.status()))
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Regulation set " + set.id() + " was changed by someone else since row version "
                    + expectedRowVersion + "; reload it");
        }
    }

    private static List<String> allowedFrom(RegulationSetStatus next) {
        List<String> from = new java.util.ArrayList<>(List.of(next.name()));
        for (RegulationSetStatus status : RegulationSetStatus.values()) {
            if (status.canMoveTo(next)) {
                from.add(status.name());
            }
        }
        return from;
    }
}
