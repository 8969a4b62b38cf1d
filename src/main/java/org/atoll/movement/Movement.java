package org.atoll.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.atoll.reference.PortCode;

/**
 * A recorded crossing. On exit, {@code daysOverstayed} is positive when the traveller left after
 * the permitted date of the stay the exit closes.
 */
public record Movement(UUID movementId, UUID travellerId, TravellerDocument traveller, Direction direction,
                       PortCode port, Instant crossedAt, TransportMode mode, TravellerRole role,
                       Optional<String> carrier, Optional<String> flightOrVessel, Optional<String> permitType,
                       Optional<LocalDate> permittedUntil, String officer, String decision, int daysOverstayed) {

    public boolean overstayed() {
        return daysOverstayed > 0;
    }
}
