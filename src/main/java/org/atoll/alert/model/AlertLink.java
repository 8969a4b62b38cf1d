package org.atoll.alert.model;

import java.util.Objects;

/** A link to another alert (an accomplice, the person a stolen passport belongs to...). */
public record AlertLink(AlertId alertId, String note) {

    public AlertLink {
        Objects.requireNonNull(alertId, "linked alert");
    }
}
