package org.atoll.inspection;

import java.util.UUID;

/**
 * Whether an inspection exists, for modules that link to one (an incident names the inspection at
 * which a forged passport was found). Reveals nothing of the inspection's content.
 */
public interface InspectionDirectory {

    boolean inspectionExists(UUID inspectionId);
}
