package org.atoll.movement.internal;

import org.atoll.SqlColumns;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.atoll.movement.Direction;
import org.atoll.reference.PortCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The movement record's lists: crossings by port and day, people present past their permitted
 * date, and the departures expected on a day. Reports are SQL; "today" is the border's day by
 * the injected clock. Each list is audited, since it reveals people's travel.
 */
@Service
public class MovementReports {

    public static final int PAGE_SIZE = 50;
    static final int MAX_ROWS = 1000;

    /** A person present past the permitted date of their stay. */
    public record OverstayRow(UUID travellerId, UUID stayId, String surname, String givenNames, String nationality,
                              Optional<LocalDate> dateOfBirth, String issuingState, String documentNumber,
                              Optional<String> permitType, LocalDate entered, LocalDate permittedUntil, int daysOver) {
    }

    /** A person whose permitted stay ends on the day asked. */
    public record DepartureRow(UUID travellerId, UUID stayId, String surname, String givenNames, String nationality,
                               String documentNumber, Optional<String> permitType, LocalDate entered,
                               LocalDate permittedUntil, String entryPort, Optional<String> arrivedOn) {
    }

    private final JdbcClient jdbc;
    private final MovementRepository movements;
    private final MovementRecord record;
    private final AuditTrail audit;

    MovementReports(JdbcClient jdbc, MovementRepository movements, MovementRecord record, AuditTrail audit) {
        this.jdbc = jdbc;
        this.movements = movements;
        this.record = record;
        this.audit = audit;
    }

    public LocalDate today() {
        return record.today();
    }

    /** One page (0-based, {@value #PAGE_SIZE} rows) of crossings, newest first. */
    public List<MovementRepository.StoredMovement> movements(Optional<PortCode> port, Optional<LocalDate> from,
                                                            Optional<LocalDate> to, Optional<Direction> direction, int page) {
        List<MovementRepository.StoredMovement> rows = movements.page(port, from, to, direction, page, PAGE_SIZE);
        audit.record(AuditEvent.succeeded("MOVEMENTS_LISTED", "MOVEMENT", port.map(PortCode::value).orElse("all ports"))
                .withDetails(from.map(Object::toString).orElse("") + ".." + to.map(Object::toString).orElse("")
                        + direction.map(d -> " " + d).orElse("") + " page " + page + ": " + rows.size() + " rows"));
        return rows;
    }

    /** People still present after their permitted date, most days over first. */
    public List<OverstayRow> overstays(Optional<String> nationality, Optional<String> permitType, int minDaysOver) {
        LocalDate today = today();
        // days over >= n  <=>  permitted_until <= today - n; at least one day over in any case
        LocalDate latestPermitted = today.minusDays(Math.max(1, minDaysOver));
        StringBuilder sql = new StringBuilder("""
                SELECT s.id AS stay_id, s.traveller_id, s.entered, s.permitted_until, s.permit_type, s.nationality,
                    t.surname, t.given_names, t.date_of_birth, m.issuing_state, m.document_number
                FROM stay s JOIN traveller t ON t.id = s.traveller_id JOIN movement m ON m.id = s.entry_movement_id
                WHERE s.departed IS NULL AND s.permitted_until <= :latest """);
        nationality.ifPresent(n -> sql.append(" AND s.nationality = :nationality"));
        permitType.ifPresent(p -> sql.append(" AND s.permit_type = :permitType"));
        sql.append(" ORDER BY s.permitted_until, t.surname, s.id LIMIT :limit");
        var spec = jdbc.sql(sql.toString()).param("latest", latestPermitted).param("limit", MAX_ROWS);
        if (nationality.isPresent()) {
            spec = spec.param("nationality", nationality.get());
        }
        if (permitType.isPresent()) {
            spec = spec.param("permitType", permitType.get());
        }
        List<OverstayRow> rows = spec.query((rs, n) -> {
            LocalDate until = rs.getObject("permitted_until", LocalDate.class);
            return new OverstayRow(rs.getObject("traveller_id", UUID.class), rs.getObject("stay_id", UUID.class),
                    rs.getString("surname"), rs.getString("given_names"), rs.getString("nationality"),
                    SqlColumns.date(rs, "date_of_birth"), rs.getString("issuing_state"), rs.getString("document_number"),
                    SqlColumns.text(rs, "permit_type"), rs.getObject("entered", LocalDate.class), until,
                    (int) ChronoUnit.DAYS.between(until, today));
        }).list();
        audit.record(AuditEvent.succeeded("OVERSTAYS_LISTED", "STAY", nationality.orElse("all nationalities"))
                .withDetails(permitType.map(p -> "permit " + p + ", ").orElse("") + "at least " + Math.max(1, minDaysOver)
                        + " days over on " + today + ": " + rows.size() + " people"));
        return rows;
    }

    /** People in the country whose permitted stay ends on {@code date}. */
    public List<DepartureRow> expectedDepartures(LocalDate date) {
        List<DepartureRow> rows = jdbc.sql("""
                SELECT s.id AS stay_id, s.traveller_id, s.entered, s.permitted_until, s.permit_type, s.nationality,
                    t.surname, t.given_names, m.document_number, m.port, m.flight_or_vessel
                FROM stay s JOIN traveller t ON t.id = s.traveller_id JOIN movement m ON m.id = s.entry_movement_id
                WHERE s.departed IS NULL AND s.permitted_until = :date
                ORDER BY t.surname, t.given_names, s.id LIMIT :limit""")
                .param("date", date).param("limit", MAX_ROWS)
                .query((rs, n) -> new DepartureRow(rs.getObject("traveller_id", UUID.class), rs.getObject("stay_id", UUID.class),
                        rs.getString("surname"), rs.getString("given_names"), rs.getString("nationality"),
                        rs.getString("document_number"), SqlColumns.text(rs, "permit_type"), rs.getObject("entered", LocalDate.class),
                        rs.getObject("permitted_until", LocalDate.class), rs.getString("port"),
                        SqlColumns.text(rs, "flight_or_vessel")))
                .list();
        audit.record(AuditEvent.succeeded("EXPECTED_DEPARTURES_LISTED", "STAY", date.toString())
                .withDetails(rows.size() + " people"));
        return rows;
    }
}
