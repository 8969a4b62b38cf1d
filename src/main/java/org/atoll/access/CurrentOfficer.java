package org.atoll.access;

import java.util.Optional;

/** Who is acting in the current request: an officer, a machine client, or nobody. */
public interface CurrentOfficer {

    Optional<OfficerIdentity> officer();

    Optional<ApiClientIdentity> apiClient();

    /** The officer, or an exception that the web layer turns into 401. */
    default OfficerIdentity require() {
        return officer().orElseThrow(() -> new IllegalStateException("No officer is signed in"));
    }
}
