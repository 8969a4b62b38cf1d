package org.atoll.alert.model;

import java.util.Optional;

import org.atoll.access.AgencyCode;

/**
 * Who sees what of an alert. Officers of the owning agency and of the agencies it is shared with
 * see everything; everyone else (other agencies, machine clients) never learns the alert exists
 * except through a hit, and then sees only the action to take and whom to contact.
 */
public final class NeedToKnow {

    public enum View { FULL, ACTION_ONLY }

    private NeedToKnow() {
    }

    /** {@code viewerAgency}: empty for a machine client, which belongs to no agency. */
    public static View viewOf(AgencyCode owningAgency, Sharing sharing, Optional<AgencyCode> viewerAgency) {
        if (sharing.inFull()) {
            return View.FULL;
        }
        if (viewerAgency.isEmpty()) {
            return View.ACTION_ONLY;
        }
        AgencyCode agency = viewerAgency.get();
        return owningAgency.equals(agency) || sharing.agencies().contains(agency) ? View.FULL : View.ACTION_ONLY;
    }
}
