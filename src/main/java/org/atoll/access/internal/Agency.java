package org.atoll.access.internal;

import org.atoll.access.AgencyCode;

public record Agency(AgencyCode code, String name, boolean active, int version) {
}
