package org.atoll.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.atoll.reference.PortCode;

/**
 * A crossing decided at the border, to record. {@code source} identifies what decided it (the
 * inspection id): recording the same source twice records one movement.
 *
 * @param permitType     on entry, the permit granted (visa or permit type code, or the exemption regime)
 * @param permittedUntil on entry, the last day the traveller may stay
 * @param decision       what the officer decided, e.g. {@code ADMIT}, {@code REFUSE} (a refused entry is
 *                       recorded as a movement that opens no stay)
 * @param purpose        on entry, the purpose of the visit as declared (a regulation {@code Purpose} name such as
 *                       {@code TOURISM}), when known: the impact preview of a draft regulation asks it again
 */
public record CrossingToRecord(UUID source, TravellerDocument traveller, Direction direction, PortCode port,
                               Instant crossedAt, TransportMode mode, TravellerRole role, Optional<String> carrier,
                               Optional<String> flightOrVessel, Optional<String> permitType,
                               Optional<LocalDate> permittedUntil, String officer, String decision,
                               Optional<String> purpose) {

    /** A crossing without a declared purpose. */
    public CrossingToRecord(UUID source, TravellerDocument traveller, Direction direction, PortCode port,
                            Instant crossedAt, TransportMode mode, TravellerRole role, Optional<String> carrier,
                            Optional<String> flightOrVessel, Optional<String> permitType,
                            Optional<LocalDate> permittedUntil, String officer, String decision) {
        this(source, traveller, direction, port, crossedAt, mode, role, carrier, flightOrVessel, permitType,
                permittedUntil, officer, decision, Optional.empty());
    }

    public CrossingToRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(traveller, "traveller");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(crossedAt, "crossing time");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(role, "role");
        carrier = carrier == null ? Optional.empty() : carrier;
        flightOrVessel = flightOrVessel == null ? Optional.empty() : flightOrVessel;
        permitType = permitType == null ? Optional.empty() : permitType;
        permittedUntil = permittedUntil == null ? Optional.empty() : permittedUntil;
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(decision, "decision");
        purpose = purpose == null ? Optional.empty() : purpose.map(String::strip).filter(p -> !p.isEmpty());
    }
}
