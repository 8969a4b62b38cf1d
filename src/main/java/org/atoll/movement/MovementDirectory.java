package org.atoll.movement;

import java.util.UUID;

/**
 * Whether a recorded movement or a traveller exists, for modules that link to them (an incident
 * names the traveller and the crossing it concerns). Reveals nothing of the record's content.
 * Callers must cope with no implementation being present until the movement store provides one.
 */
public interface MovementDirectory {

    boolean movementExists(UUID movementId);

    boolean travellerExists(UUID travellerId);
}
