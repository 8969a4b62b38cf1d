package org.atoll.movement.internal;

import org.atoll.SqlColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.atoll.movement.Stay;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stays and the changes of their permitted dates. */
@Repository
public class StayRepository {

    /** A stay with what the record keeps beside the public {@link Stay}. */
    public record StoredStay(Stay stay, String nationality, boolean exitInferred, int daysOverstayed, long version) {
    }

    /** A change of a stay's permitted date. */
    public record PermitChange(UUID stayId, Optional<LocalDate> previousUntil, LocalDate permittedUntil, String reason,
                        String officer, Instant changedAt) {
    }

    private final JdbcClient jdbc;

    StayRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredStay> openOf(UUID travellerId) {
        return jdbc.sql("SELECT * FROM stay WHERE traveller_id = :id AND departed IS NULL ORDER BY entered DESC, id LIMIT 1")
                .param("id", travellerId).query((rs, n) -> map(rs)).optional();
    }

    List<StoredStay> allOpenOf(UUID travellerId) {
        return jdbc.sql("SELECT * FROM stay WHERE traveller_id = :id AND departed IS NULL ORDER BY entered, id")
                .param("id", travellerId).query((rs, n) -> map(rs)).list();
    }

    List<StoredStay> ofTraveller(UUID travellerId) {
        return jdbc.sql("SELECT * FROM stay WHERE traveller_id = :id ORDER BY entered DESC, id")
                .param("id", travellerId).query((rs, n) -> map(rs)).list();
    }

    /** Stays of the traveller overlapping {@code from}..{@code to}. */
    List<StoredStay> overlapping(UUID travellerId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT * FROM stay WHERE traveller_id = :id AND entered <= :to AND (departed IS NULL OR departed >= :from)
                ORDER BY entered, id""")
                .param("id", travellerId).param("from", from).param("to", to).query((rs, n) -> map(rs)).list();
    }

    void open(UUID id, UUID travellerId, UUID entryMovement, LocalDate entered, String nationality,
              Optional<String> permitType, Optional<LocalDate> permittedUntil) {
        jdbc.sql("""
                INSERT INTO stay (id, traveller_id, entry_movement_id, entered, nationality, permit_type, permitted_until,
                    days_overstayed, exit_inferred, version)
                VALUES (:id, :traveller, :entry, :entered, :nationality, :permit, :until, 0, FALSE, 0)""")
                .param("id", id).param("traveller", travellerId).param("entry", entryMovement).param("entered", entered)
                .param("nationality", nationality).param("permit", permitType.orElse(null))
                .param("until", permittedUntil.orElse(null)).update();
    }

    void close(UUID stayId, Optional<UUID> exitMovement, LocalDate departed, int daysOverstayed, boolean inferred) {
        jdbc.sql("""
                UPDATE stay SET exit_movement_id = :exit, departed = :departed, days_overstayed = :over,
                    exit_inferred = :inferred, version = version + 1 WHERE id = :id""")
                .param("exit", exitMovement.orElse(null)).param("departed", departed).param("over", daysOverstayed)
                .param("inferred", inferred).param("id", stayId).update();
    }

    boolean changePermittedUntil(UUID stayId, long version, LocalDate until) {
        return jdbc.sql("UPDATE stay SET permitted_until = :until, version = version + 1 WHERE id = :id AND version = :version")
                .param("until", until).param("id", stayId).param("version", version).update() == 1;
    }

    void recordPermitChange(UUID stayId, Optional<LocalDate> previous, LocalDate until, String reason, String officer, Instant at) {
        jdbc.sql("""
                INSERT INTO stay_permit_change (id, stay_id, previous_until, permitted_until, reason, officer, changed_at)
                VALUES (:id, :stay, :previous, :until, :reason, :officer, :at)""")
                .param("id", UUID.randomUUID()).param("stay", stayId).param("previous", previous.orElse(null))
                .param("until", until).param("reason", reason).param("officer", officer).param("at", SqlColumns.ts(at)).update();
    }

    List<PermitChange> permitChanges(UUID travellerId) {
        return jdbc.sql("""
                SELECT c.* FROM stay_permit_change c JOIN stay s ON s.id = c.stay_id
                WHERE s.traveller_id = :id ORDER BY c.changed_at DESC""")
                .param("id", travellerId).query((rs, n) -> new PermitChange(rs.getObject("stay_id", UUID.class),
                        SqlColumns.date(rs, "previous_until"), rs.getObject("permitted_until", LocalDate.class),
                        rs.getString("reason"), rs.getString("officer"), SqlColumns.instant(rs, "changed_at"))).list();
    }

    static StoredStay map(ResultSet rs) throws SQLException {
        Stay stay = new Stay(rs.getObject("id", UUID.class), rs.getObject("traveller_id", UUID.class),
                rs.getObject("entered", LocalDate.class), SqlColumns.date(rs, "departed"), SqlColumns.text(rs, "permit_type"),
                SqlColumns.date(rs, "permitted_until"));
        return new StoredStay(stay, rs.getString("nationality"), rs.getBoolean("exit_inferred"),
                rs.getInt("days_overstayed"), rs.getLong("version"));
    }
}
