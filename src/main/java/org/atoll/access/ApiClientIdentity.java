package org.atoll.access;

import java.util.Set;
import java.util.UUID;

/** A machine client (airline, ship agent, partner system) acting through its token. */
public record ApiClientIdentity(UUID id, String name, String carrierCode, Set<ApiScope> scopes) {

    public ApiClientIdentity {
        scopes = Set.copyOf(scopes);
    }

    public boolean may(ApiScope scope) {
        return scopes.contains(scope);
    }
}
