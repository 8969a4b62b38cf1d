package org.atoll.alert;

import java.util.UUID;

/**
 * The National Alert List as other modules ask it: screen one traveller (the booth, the visa
 * office, a manifest before arrival) and record an officer's disposition of a hit. Every call is
 * audited by the alert module; what each screener sees of an alert follows need-to-know (an
 * agency outside the owning and sharing agencies gets the action to take and the contact only).
 */
public interface AlertScreening {

    /**
     * Screens a traveller against person alerts (fuzzy, across spellings and scripts) and document
     * alerts (exact, on issuing state and number). Records a hit for every candidate returned.
     *
     * @throws org.atoll.InvalidRequestException when the traveller's details are absurd (names too long, bad codes)
     */
    AlertScreeningResult screen(TravellerToScreen traveller, Screener screener);

    /**
     * Records an officer's disposition of a hit ({@code CONFIRMED}, {@code FALSE_POSITIVE},
     * {@code INCONCLUSIVE}), with a note saying what was found. A confirmed hit notifies the
     * owning agency; a false positive is remembered for the traveller's document.
     *
     * @throws org.atoll.RecordNotFoundException when the hit does not exist or is not visible to the screener
     * @throws org.atoll.InvalidRequestException when the disposition is not a next step or the note is missing
     */
    void dispose(UUID hitId, HitDisposition disposition, String note, Screener screener);

    /** What an officer concluded about a hit. */
    enum HitDisposition { CONFIRMED, FALSE_POSITIVE, INCONCLUSIVE }
}
