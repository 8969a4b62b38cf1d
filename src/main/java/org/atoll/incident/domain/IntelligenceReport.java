package org.atoll.incident.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.atoll.access.AgencyCode;
import org.atoll.incident.IntelligenceReportId;

/** A graded intelligence report. Content is never changed after dissemination starts; corrections are new reports. */
public record IntelligenceReport(IntelligenceReportId id, String originator, AgencyCode originatorAgency,
                                 LocalDate reportDate, String subject, String content, Grading grading,
                                 HandlingConditions handling, Sensitivity sensitivity, List<RecordLink> links,
                                 Instant createdAt, long version) {

    public IntelligenceReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(originator, "originator");
        Objects.requireNonNull(originatorAgency, "originatorAgency");
        Objects.requireNonNull(reportDate, "reportDate");
        Objects.requireNonNull(grading, "grading");
        Objects.requireNonNull(handling, "handling");
        Objects.requireNonNull(sensitivity, "sensitivity");
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A report needs a subject");
        }
        if (content == null || content.isBlank()) {
            throw new IllegalArgumentException("A report needs content");
        }
        links = links == null ? List.of() : List.copyOf(links);
    }
}
