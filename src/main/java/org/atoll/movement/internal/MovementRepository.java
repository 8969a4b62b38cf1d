package org.atoll.movement.internal;

import org.atoll.SqlColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.atoll.document.DocumentNumber;
import org.atoll.document.PersonName;
import org.atoll.document.Sex;
import org.atoll.movement.CrossingToRecord;
import org.atoll.movement.Direction;
import org.atoll.movement.Movement;
import org.atoll.movement.TransportMode;
import org.atoll.movement.TravellerDocument;
import org.atoll.movement.TravellerRole;
import org.atoll.reference.CountryCode;
import org.atoll.reference.PortCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Recorded crossings, one row per movement, unique on the source that decided it. */
@Repository
public class MovementRepository {

    /** A movement with what the record keeps beside the public {@link Movement}. */
    public record StoredMovement(Movement movement, boolean withoutEntry, Optional<UUID> stayId, LocalDate crossedOn) {
    }

    private final JdbcClient jdbc;

    MovementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Movement> findBySource(UUID source) {
        return jdbc.sql("SELECT * FROM movement WHERE source = :source").param("source", source)
                .query((rs, n) -> map(rs)).optional();
    }

    Optional<StoredMovement> findById(UUID id) {
        return jdbc.sql("SELECT * FROM movement WHERE id = :id").param("id", id).query((rs, n) -> stored(rs)).optional();
    }

    void insert(UUID id, UUID travellerId, CrossingToRecord c, LocalDate crossedOn, int daysOverstayed,
                boolean withoutEntry, UUID stayId, Instant recordedAt) {
        TravellerDocument d = c.traveller();
        jdbc.sql("""
                INSERT INTO movement (id, source, traveller_id, issuing_state, document_number, document_code, document_expiry,
                    surname, given_names, nationality, date_of_birth, sex, direction, port, crossed_at, crossed_on,
                    transport_mode, traveller_role, carrier, flight_or_vessel, permit_type, permitted_until, purpose, officer, decision,
                    days_overstayed, without_entry, stay_id, recorded_at)
                VALUES (:id, :source, :traveller, :state, :number, :code, :expiry, :surname, :given, :nationality, :dob, :sex,
                    :direction, :port, :crossedAt, :crossedOn, :mode, :role, :carrier, :flight, :permit, :until, :purpose, :officer,
                    :decision, :over, :withoutEntry, :stay, :recordedAt)""")
                .param("id", id).param("source", c.source()).param("traveller", travellerId)
                .param("state", d.issuingState().value()).param("number", d.documentNumber().value())
                .param("code", d.documentCode()).param("expiry", d.documentExpiry().orElse(null))
                .param("surname", d.name().surname()).param("given", d.name().givenNames())
                .param("nationality", d.nationality().value()).param("dob", d.dateOfBirth().orElse(null))
                .param("sex", d.sex().map(Sex::name).orElse(null)).param("direction", c.direction().name())
                .param("port", c.port().value()).param("crossedAt", SqlColumns.ts(c.crossedAt())).param("crossedOn", crossedOn)
                .param("mode", c.mode().name()).param("role", c.role().name()).param("carrier", c.carrier().orElse(null))
                .param("flight", c.flightOrVessel().orElse(null)).param("permit", c.permitType().orElse(null))
                .param("until", c.permittedUntil().orElse(null)).param("purpose", c.purpose().orElse(null))
                .param("officer", c.officer())
                .param("decision", c.decision()).param("over", daysOverstayed).param("withoutEntry", withoutEntry)
                .param("stay", stayId).param("recordedAt", SqlColumns.ts(recordedAt)).update();
    }

    List<Movement> ofTraveller(UUID travellerId, int limit) {
        return jdbc.sql("SELECT * FROM movement WHERE traveller_id = :id ORDER BY crossed_at DESC, id LIMIT :limit")
                .param("id", travellerId).param("limit", limit).query((rs, n) -> map(rs)).list();
    }

    List<StoredMovement> storedOfTraveller(UUID travellerId, int limit) {
        return jdbc.sql("SELECT * FROM movement WHERE traveller_id = :id ORDER BY crossed_at DESC, id LIMIT :limit")
                .param("id", travellerId).param("limit", limit).query((rs, n) -> stored(rs)).list();
    }

    /** One page of movements, newest first, filtered by port, local days and direction. */
    List<StoredMovement> page(Optional<PortCode> port, Optional<LocalDate> from, Optional<LocalDate> to,
                              Optional<Direction> direction, int page, int size) {
        StringBuilder sql = new StringBuilder("SELECT * FROM movement WHERE 1 = 1 ");
        port.ifPresent(p -> sql.append("AND port = :port "));
        from.ifPresent(f -> sql.append("AND crossed_on >= :from "));
        to.ifPresent(t -> sql.append("AND crossed_on <= :to "));
        direction.ifPresent(d -> sql.append("AND direction = :direction "));
        sql.append("ORDER BY crossed_at DESC, id LIMIT :limit OFFSET :offset");
        var spec = jdbc.sql(sql.toString()).param("limit", size).param("offset", (long) page * size);
        if (port.isPresent()) {
            spec = spec.param("port", port.get().value());
        }
        if (from.isPresent()) {
            spec = spec.param("from", from.get());
        }
        if (to.isPresent()) {
            spec = spec.param("to", to.get());
        }
        if (direction.isPresent()) {
            spec = spec.param("direction", direction.get().name());
        }
        return spec.query((rs, n) -> stored(rs)).list();
    }

    /** Movements after an id (from the first when empty), in id order, at most {@code limit}. */
    List<Movement> inIdOrderAfter(Optional<UUID> after, int limit) {
        if (after.isEmpty()) {
            return jdbc.sql("SELECT * FROM movement ORDER BY id LIMIT :limit").param("limit", limit)
                    .query((rs, n) -> map(rs)).list();
        }
        return jdbc.sql("SELECT * FROM movement WHERE id > :after ORDER BY id LIMIT :limit")
                .param("after", after.get()).param("limit", limit).query((rs, n) -> map(rs)).list();
    }

    /** Recorded admitted entries between two local days, oldest first, at most {@code limit}. */
    List<Movement> entriesBetween(LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                SELECT * FROM movement WHERE direction = 'ENTRY' AND crossed_on >= :from AND crossed_on <= :to
                ORDER BY crossed_on, crossed_at, id LIMIT :limit""")
                .param("from", from).param("to", to).param("limit", limit).query((rs, n) -> map(rs)).list();
    }

    private static StoredMovement stored(ResultSet rs) throws SQLException {
        return new StoredMovement(map(rs), rs.getBoolean("without_entry"),
                Optional.ofNullable(rs.getObject("stay_id", UUID.class)), rs.getObject("crossed_on", LocalDate.class));
    }

    static Movement map(ResultSet rs) throws SQLException {
        TravellerDocument traveller = new TravellerDocument(new CountryCode(rs.getString("issuing_state")),
                new DocumentNumber(rs.getString("document_number")), rs.getString("document_code"),
                SqlColumns.date(rs, "document_expiry"), PersonName.of(rs.getString("surname"), rs.getString("given_names")),
                new CountryCode(rs.getString("nationality")), SqlColumns.date(rs, "date_of_birth"),
                SqlColumns.text(rs, "sex").map(Sex::valueOf));
        return new Movement(rs.getObject("id", UUID.class), rs.getObject("traveller_id", UUID.class), traveller,
                Direction.valueOf(rs.getString("direction")), new PortCode(rs.getString("port")), SqlColumns.instant(rs, "crossed_at"),
                TransportMode.valueOf(rs.getString("transport_mode")), TravellerRole.valueOf(rs.getString("traveller_role")),
                SqlColumns.text(rs, "carrier"), SqlColumns.text(rs, "flight_or_vessel"), SqlColumns.text(rs, "permit_type"),
                SqlColumns.date(rs, "permitted_until"), rs.getString("officer"), rs.getString("decision"),
                rs.getInt("days_overstayed"));
    }
}
