package org.atoll.statistics.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.atoll.document.Sex;
import org.atoll.movement.Direction;
import org.atoll.movement.Movement;
import org.atoll.movement.TransportMode;
import org.atoll.movement.TravellerRole;
import org.atoll.statistics.Dimension;

/**
 * A crossing as statistics keep it: the border's local day, direction, port and how the traveller came, with
 * nationality, sex, age band and permit type, and nothing that identifies them. Absent values are words
 * ({@code UNKNOWN} sex or age band, {@code NONE} permit) so they are counted like any other.
 */
public record CrossingFact(UUID movementId, LocalDate crossedOn, Direction direction, String port, String nationality,
                           String sex, AgeBand ageBand, TransportMode mode, TravellerRole role, String permitType) {

    public static final String UNKNOWN = "UNKNOWN";
    public static final String NONE = "NONE";

    /**
     * The fact a recorded movement becomes, or none when the border refused it: a refused entry is no arrival,
     * a refused exit no departure. The day is the border's local day of the crossing in {@code zone}, as the
     * movement record dates it.
     */
    public static Optional<CrossingFact> of(Movement movement, ZoneId zone) {
        if (movement.decision().strip().toUpperCase(Locale.ROOT).startsWith("REFUS")) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.ofInstant(movement.crossedAt(), zone);
        var traveller = movement.traveller();
        return Optional.of(new CrossingFact(movement.movementId(), day, movement.direction(), movement.port().value(),
                traveller.nationality().value(), traveller.sex().map(Sex::name).orElse(UNKNOWN),
                AgeBand.onTheDay(traveller.dateOfBirth(), day), movement.mode(), movement.role(),
                movement.permitType().map(p -> p.strip().toUpperCase(Locale.ROOT)).filter(p -> !p.isEmpty()).orElse(NONE)));
    }

    /** The value this crossing is counted under when grouped by {@code dimension}. */
    public String valueOf(Dimension dimension) {
        return switch (dimension) {
            case DAY -> crossedOn.toString();
            case MONTH -> YearMonth.from(crossedOn).toString();
            case YEAR -> String.valueOf(crossedOn.getYear());
            case DIRECTION -> direction.name();
            case PORT -> port;
            case NATIONALITY -> nationality;
            case SEX -> sex;
            case AGE_BAND -> ageBand.label();
            case MODE -> mode.name();
            case ROLE -> role.name();
            case PERMIT_TYPE -> permitType;
        };
    }
}
