package org.atoll.movement.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.atoll.regulation.ArrivalHistory;
import org.atoll.regulation.EarlierStay;
import org.atoll.regulation.EligibilityRequest;
import org.atoll.regulation.Purpose;
import org.atoll.regulation.TravelDocument;
import org.atoll.regulation.TravellerIdentity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The regulation module's view of the movement record: a traveller's earlier stays (across their
 * documents) for rolling-window limits, and last year's arrivals for the impact preview of a
 * draft. The regulation module looks this bean up while it builds its own, so it depends on
 * nothing but the database: never inject a regulation bean here.
 */
@Component
class MovementArrivalHistory implements ArrivalHistory {

    private static final Pattern DOCUMENT_TYPE = Pattern.compile("[A-Z]{1,2}");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Z0-9]{1,20}");

    private final JdbcClient jdbc;
    private final TravellerRepository travellers;
    private final int maxArrivals;

    MovementArrivalHistory(JdbcClient jdbc, @Value("${atoll.movement.impact-preview.max-arrivals:2000}") int maxArrivals) {
        this.jdbc = jdbc;
        this.travellers = new TravellerRepository(jdbc);
        this.maxArrivals = maxArrivals;
    }

    @Override
    public List<EarlierStay> earlierStays(TravellerIdentity traveller, LocalDate from, LocalDate to) {
        Optional<UUID> found = jdbc.sql("""
                SELECT d.traveller_id FROM traveller_document d JOIN traveller t ON t.id = d.traveller_id
                WHERE d.document_number = :number AND (t.nationality = :nationality OR d.issuing_state = :nationality)
                ORDER BY d.first_seen LIMIT 1""")
                .param("number", traveller.documentNumber()).param("nationality", traveller.nationality().value())
                .query(UUID.class).optional();
        if (found.isEmpty() || to.isBefore(from)) {
            return List.of();
        }
        UUID id = travellers.survivor(found.get());
        return jdbc.sql("""
                SELECT entered, departed FROM stay
                WHERE traveller_id = :id AND entered <= :to AND (departed IS NULL OR departed >= :from)
                ORDER BY entered""")
                .param("id", id).param("from", from).param("to", to)
                .query((rs, n) -> new EarlierStay(rs.getObject("entered", LocalDate.class),
                        Optional.ofNullable(rs.getObject("departed", LocalDate.class))))
                .list();
    }

    /**
     * Recorded entries between the two days, newest first and at most
     * {@code atoll.movement.impact-preview.max-arrivals} (2,000) of them, so that a preview stays
     * quick on a year of traffic.
     */
    @Override
    public List<EligibilityRequest> arrivalsBetween(LocalDate from, LocalDate to) {
        List<EligibilityRequest> requests = new ArrayList<>();
        jdbc.sql("""
                SELECT m.nationality, m.document_code, m.document_number, m.document_expiry, m.date_of_birth, m.purpose,
                    m.traveller_role, m.crossed_on, m.permitted_until, s.departed
                FROM movement m LEFT JOIN stay s ON s.id = m.stay_id
                WHERE m.direction = 'ENTRY' AND m.crossed_on >= :from AND m.crossed_on <= :to
                ORDER BY m.crossed_on DESC, m.id LIMIT :limit""")
                .param("from", from).param("to", to).param("limit", maxArrivals)
                .query(rs -> {
                    LocalDate arrival = rs.getObject("crossed_on", LocalDate.class);
                    String code = rs.getString("document_code");
                    String number = rs.getString("document_number");
                    // an expiry the record does not hold is read as valid well past the stay
                    LocalDate expiry = Optional.ofNullable(rs.getObject("document_expiry", LocalDate.class))
                            .orElse(arrival.plusYears(1));
                    TravelDocument document = new TravelDocument(DOCUMENT_TYPE.matcher(code).matches() ? code : "P",
                            Optional.of(number).filter(n -> DOCUMENT_NUMBER.matcher(n).matches()), expiry);
                    requests.add(EligibilityRequest.builder()
                            .nationality(org.atoll.reference.CountryCode.of(rs.getString("nationality")))
                            .document(document)
                            .dateOfBirth(rs.getObject("date_of_birth", LocalDate.class))
                            .purpose(purpose(rs.getString("purpose"), rs.getString("traveller_role")))
                            .intendedStayDays(stayDays(arrival, rs.getObject("departed", LocalDate.class),
                                    rs.getObject("permitted_until", LocalDate.class)))
                            .arrivalDate(arrival)
                            .build());
                });
        return requests;
    }

    static Purpose purpose(String declared, String role) {
        if (declared != null) {
            try {
                return Purpose.valueOf(declared.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                // fall through to the role
            }
        }
        return switch (role) {
            case "CREW" -> Purpose.CREW;
            case "TRANSIT" -> Purpose.TRANSIT;
            default -> Purpose.TOURISM;
        };
    }

    /** The stay as it was lived when it has ended, else as permitted, else a fortnight. */
    static int stayDays(LocalDate arrival, LocalDate departed, LocalDate permittedUntil) {
        LocalDate last = departed != null ? departed : permittedUntil;
        if (last == null || last.isBefore(arrival)) {
            return 14;
        }
        return (int) ChronoUnit.DAYS.between(arrival, last) + 1;
    }
}
