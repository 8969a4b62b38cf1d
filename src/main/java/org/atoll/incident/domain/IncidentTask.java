package org.atoll.incident.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.atoll.access.AgencyCode;
import org.atoll.access.OfficerIdentity;
import org.atoll.incident.IncidentId;

/** Work on an incident, assigned to an agency (and optionally one of its officers), due on a date. */
public record IncidentTask(UUID id, IncidentId incident, String title, AgencyCode assignedAgency, String assignedOfficer,
                           LocalDate dueDate, String createdBy, Instant createdAt, Instant completedAt,
                           String completedBy, String outcome) {

    public IncidentTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(assignedAgency, "assignedAgency");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A task needs a title");
        }
        assignedOfficer = assignedOfficer == null || assignedOfficer.isBlank() ? null : assignedOfficer.trim();
    }

    public boolean isDone() {
        return completedAt != null;
    }

    public boolean isOverdue(LocalDate today) {
        return !isDone() && dueDate != null && dueDate.isBefore(today);
    }

    /** The assigned officer, or, when only an agency is named, any officer of that agency, may complete it. */
    public boolean canBeCompletedBy(OfficerIdentity officer) {
        return assignedOfficer != null ? assignedOfficer.equals(officer.username())
                : assignedAgency.equals(officer.agency());
    }

    public IncidentTask complete(String by, Instant at, String outcomeText) {
        if (isDone()) {
            throw new IllegalStateException("The task is already completed");
        }
        return new IncidentTask(id, incident, title, assignedAgency, assignedOfficer, dueDate, createdBy, createdAt,
                at, by, outcomeText == null || outcomeText.isBlank() ? null : outcomeText.trim());
    }
}
