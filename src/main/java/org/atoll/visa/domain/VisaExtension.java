package org.atoll.visa.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A request to extend the stay a visa permits, and its decision. */
public final class VisaExtension {

    public enum Status { REQUESTED, APPROVED, REFUSED }

    private final UUID id;
    private final int days;
    private final String reason;
    private final String requestedBy;
    private final Instant requestedAt;
    private Status status;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionNote;

    public VisaExtension(UUID id, int days, String reason, String requestedBy, Instant requestedAt, Status status,
                         String decidedBy, Instant decidedAt, String decisionNote) {
        this.id = Objects.requireNonNull(id, "id");
        if (days < 1) {
            throw new IllegalArgumentException("An extension is at least one day");
        }
        this.days = days;
        this.reason = Texts.required(reason, "reason for the extension", 2000);
        this.requestedBy = Objects.requireNonNull(requestedBy, "requested by");
        this.requestedAt = Objects.requireNonNull(requestedAt, "requested at");
        this.status = Objects.requireNonNull(status, "status");
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.decisionNote = decisionNote;
    }

    void decide(boolean approve, String officer, Instant at, String note) {
        if (status != Status.REQUESTED) {
            throw new IllegalStateException("Extension " + id + " is already " + status);
        }
        status = approve ? Status.APPROVED : Status.REFUSED;
        decidedBy = Objects.requireNonNull(officer, "officer");
        decidedAt = Objects.requireNonNull(at, "at");
        decisionNote = approve ? Texts.optional(note, "note", 2000) : Texts.required(note, "reason for the refusal", 2000);
    }

    public UUID id() {
        return id;
    }

    public int days() {
        return days;
    }

    public String reason() {
        return reason;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Status status() {
        return status;
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> decisionNote() {
        return Optional.ofNullable(decisionNote);
    }
}
