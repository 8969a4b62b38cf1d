package org.atoll.manifest;

import java.util.UUID;

/**
 * Whether a received manifest exists, for modules that link to one (an incident names the
 * passenger list of the flight it happened on). Reveals nothing of the manifest's content.
 */
public interface ManifestDirectory {

    boolean exists(UUID manifestId);
}
