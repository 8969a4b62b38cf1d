package org.atoll.movement;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A stay: from an entry to the exit that closes it (open while the traveller is in the country). */
public record Stay(UUID stayId, UUID travellerId, LocalDate entered, Optional<LocalDate> departed,
                   Optional<String> permitType, Optional<LocalDate> permittedUntil) {

    public boolean open() {
        return departed.isEmpty();
    }
}
