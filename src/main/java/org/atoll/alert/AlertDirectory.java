package org.atoll.alert;

import java.util.UUID;

import org.atoll.access.AgencyCode;

/**
 * Whether an alert exists for an agency: for modules that link to alerts (an incident, an
 * intelligence report) and must not let an officer link to, or learn of, an alert outside their
 * agency's need-to-know. Not audited as a read: it reveals nothing but what the agency may see.
 */
public interface AlertDirectory {

    /** True when the alert exists and officers of {@code agency} may see its content. */
    boolean visibleTo(UUID alertId, AgencyCode agency);
}
