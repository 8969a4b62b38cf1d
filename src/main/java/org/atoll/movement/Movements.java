package org.atoll.movement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The movement record as the border and the visa office use it (the inspection module records
 * crossings here; the visa module updates permitted dates).
 */
public interface Movements {

    /**
     * Records a crossing: an entry opens a stay, an exit closes the traveller's open stay and
     * reports days overstayed. Idempotent on {@link CrossingToRecord#source()}: the same source
     * recorded twice returns the first movement.
     */
    Movement record(CrossingToRecord crossing);

    /**
     * The traveller's earlier movements, newest first, at most {@code limit}, followed across
     * documents (same name, date of birth and nationality, or merged by an officer).
     */
    List<Movement> history(TravellerDocument traveller, int limit);

    /**
     * Every recorded movement after {@code afterMovementId} (from the first when empty) in the order of their
     * ids, at most {@code limit}: for modules that derive their own records from the crossings and rebuild them
     * page by page (statistics).
     */
    List<Movement> inIdOrderAfter(Optional<UUID> afterMovementId, int limit);

    /** The traveller's open stay, if they are in the country. */
    Optional<Stay> openStay(TravellerDocument traveller);

    /**
     * Moves the permitted-until date of a traveller's open stay (an extension granted, a visa
     * changed), giving the reason; audited.
     *
     * @throws org.atoll.RecordNotFoundException when the traveller has no open stay
     */
    Stay changePermittedUntil(UUID travellerId, LocalDate permittedUntil, String reason, String officer);
}
