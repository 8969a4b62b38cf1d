package org.atoll.alert.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One alert in one version: its content, where it is in its life, and who last changed it.
 * Changes return the next version; the repository stores each one with its reason.
 * {@code source} names where the alert came from: an agency's own file ({@code AGENCY}) or a
 * published list ({@code UN}); with {@code externalReference} it identifies the alert in re-imports.
 */
public record Alert(AlertId id, long version, AlertStatus status, String source, AlertContent content,
                    Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public static final String OWN_SOURCE = "AGENCY";

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
    }

    public static Alert create(AlertId id, String source, AlertContent content, AlertStatus initial, String by, Instant at) {
        if (initial != AlertStatus.DRAFT && initial != AlertStatus.ACTIVE) {
            throw new IllegalArgumentException("A new alert starts as DRAFT or ACTIVE, not " + initial);
        }
        return new Alert(id, 1, initial, source, content, at, by, at, by);
    }

    /** The next version with new content. A withdrawn alert is closed. */
    public Alert revise(AlertContent changed, String by, Instant at) {
        if (!status.editable()) {
            throw new IllegalStateException("A " + status + " alert cannot be changed");
        }
        return new Alert(id, version + 1, status, source, changed, createdAt, createdBy, at, by);
    }

    public Alert moveTo(AlertStatus target, String by, Instant at) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStateException("An alert cannot move from " + status + " to " + target);
        }
        return new Alert(id, version + 1, target, source, content, createdAt, createdBy, at, by);
    }

    /**
     * The next version of an alert that was withdrawn because its person was taken off a published
     * list, now that the list names the person again: active, with the content the list gives now.
     * Whether this alert was withdrawn as delisted (and not by an officer) is for the caller to know
     * from its history; see {@link StatusChangePolicy#checkRelisting}.
     */
    public Alert relist(AlertContent listed, String by, Instant at) {
        if (status != AlertStatus.WITHDRAWN) {
            throw new IllegalStateException("Only a withdrawn alert is relisted; this one is " + status);
        }
        return new Alert(id, version + 1, AlertStatus.ACTIVE, source, listed, createdAt, createdBy, at, by);
    }

    public AlertKind kind() {
        return content.kind();
    }
}
