package org.atoll.visa.internal;

import org.atoll.SqlColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.atoll.document.DocumentNumber;
import org.atoll.document.PersonName;
import org.atoll.document.Sex;
import org.atoll.reference.CountryCode;
import org.atoll.regulation.ProvisionReference;
import org.atoll.regulation.Purpose;
import org.atoll.regulation.VisaTypeCode;
import org.atoll.visa.VisaApplicationId;
import org.atoll.visa.VisaNumber;
import org.atoll.visa.domain.Applicant;
import org.atoll.visa.domain.ApplicationStatus;
import org.atoll.visa.domain.FeeStatus;
import org.atoll.visa.domain.Grounds;
import org.atoll.visa.domain.Passport;
import org.atoll.visa.domain.Sponsor;
import org.atoll.visa.domain.StatusChange;
import org.atoll.visa.domain.VisaApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Applications with their transitions, in SQL. Saving checks the version read; transitions are only ever appended. */
@Repository
class VisaApplicationRepository {

    private final JdbcClient jdbc;

    VisaApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextReferenceNumber() {
        return jdbc.sql("SELECT nextval('visa_application_seq')").query(Long.class).single();
    }

    void insert(VisaApplication a) {
        jdbc.sql("""
                INSERT INTO visa_application (id, reference, status, surname, given_names, date_of_birth, nationality, sex,
                    passport_number, passport_issuing_state, passport_expiry, visa_type, purpose, intended_arrival,
                    intended_departure, sponsor_kind, sponsor_name, sponsor_contact, fee_status, submitted_at, version)
                VALUES (:id, :reference, :status, :surname, :given, :dob, :nationality, :sex, :passport, :issuer, :expiry,
                    :type, :purpose, :arrival, :departure, :sponsorKind, :sponsorName, :sponsorContact, :fee, :submitted, 0)""")
                .param("id", a.id().value()).param("reference", a.reference()).param("status", a.status().name())
                .param("surname", a.applicant().name().surname()).param("given", a.applicant().name().givenNames())
                .param("dob", a.applicant().dateOfBirth()).param("nationality", a.applicant().nationality().value())
                .param("sex", a.applicant().sex().name()).param("passport", a.applicant().passport().number().value())
                .param("issuer", a.applicant().passport().issuingState().value())
                .param("expiry", a.applicant().passport().expiry())
                .param("type", a.visaType().value()).param("purpose", a.purpose().name())
                .param("arrival", a.intendedArrival()).param("departure", a.intendedDeparture())
                .param("sponsorKind", a.sponsor().map(s -> s.kind().name()).orElse(null))
                .param("sponsorName", a.sponsor().map(Sponsor::name).orElse(null))
                .param("sponsorContact", a.sponsor().map(Sponsor::contact).orElse(null))
                .param("fee", a.feeStatus().name()).param("submitted", SqlColumns.ts(a.submittedAt()))
                .update();
        appendTransitions(a, 0);
    }

    /** Saves the mutable part if the stored version is still the one read; false when someone saved in between. */
    boolean update(VisaApplication a) {
        int rows = jdbc.sql("""
                UPDATE visa_application SET status = :status, fee_status = :fee, interview_at = :interviewAt,
                    interview_place = :interviewPlace, refusal_grounds = :grounds, refusal_reason = :reason,
                    decided_by = :decidedBy, decided_at = :decidedAt, refusal_confirmed_by = :confirmedBy,
                    visa_number = :visaNumber, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("status", a.status().name()).param("fee", a.feeStatus().name())
                .param("interviewAt", a.interview().map(VisaApplication.Interview::at).orElse(null))
                .param("interviewPlace", a.interview().map(VisaApplication.Interview::place).orElse(null))
                .param("grounds", a.refusalGrounds().map(g -> SqlColumns.lines(g.provisions().stream()
                        .map(ProvisionReference::value).collect(Collectors.toList()))).orElse(null))
                .param("reason", a.refusalGrounds().map(Grounds::reason).orElse(null))
                .param("decidedBy", a.decidedBy().orElse(null)).param("decidedAt", SqlColumns.ts(a.decidedAt().orElse(null)))
                .param("confirmedBy", a.refusalConfirmedBy().orElse(null))
                .param("visaNumber", a.visaNumber().map(VisaNumber::value).orElse(null))
                .param("id", a.id().value()).param("version", a.version())
                .update();
        if (rows == 1) {
            int stored = jdbc.sql("SELECT COUNT(*) FROM visa_application_transition WHERE application_id = :id")
                    .param("id", a.id().value()).query(Integer.class).single();
            appendTransitions(a, stored);
        }
        return rows == 1;
    }

    long currentVersion(VisaApplicationId id) {
        return jdbc.sql("SELECT version FROM visa_application WHERE id = :id").param("id", id.value())
                .query(Long.class).optional().orElse(-1L);
    }

    private void appendTransitions(VisaApplication a, int alreadyStored) {
        List<StatusChange> history = a.history();
        for (int i = alreadyStored; i < history.size(); i++) {
            StatusChange c = history.get(i);
            jdbc.sql("""
                    INSERT INTO visa_application_transition (application_id, seq, from_status, to_status, officer, occurred_at, note)
                    VALUES (:id, :seq, :from, :to, :officer, :at, :note)""")
                    .param("id", a.id().value()).param("seq", i)
                    .param("from", c.from() == null ? null : c.from().name()).param("to", c.to().name())
                    .param("officer", c.officer()).param("at", SqlColumns.ts(c.at())).param("note", c.note())
                    .update();
        }
    }

    Optional<VisaApplication> findById(VisaApplicationId id) {
        return load("SELECT * FROM visa_application WHERE id = :id", Map.of("id", id.value())).stream().findFirst();
    }

    /** Locks the application's row until the end of the transaction (serialises the recording of screening hits). */
    void lockForScreening(VisaApplicationId id) {
        jdbc.sql("SELECT id FROM visa_application WHERE id = :id FOR UPDATE").param("id", id.value())
                .query((rs, n) -> rs.getObject("id")).list();
    }

    /** The applications in the given statuses, oldest first (ids only). */
    List<VisaApplicationId> idsIn(List<ApplicationStatus> statuses) {
        return jdbc.sql("SELECT id FROM visa_application WHERE status IN (:statuses) ORDER BY submitted_at, reference")
                .param("statuses", statuses.stream().map(Enum::name).toList())
                .query((rs, n) -> new VisaApplicationId(rs.getObject("id", java.util.UUID.class))).list();
    }

    /** The work queue: the given statuses, optionally one type and nationality, oldest first. */
    List<VisaApplication> queue(List<ApplicationStatus> statuses, String visaType, String nationality, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM visa_application WHERE status IN (:statuses)");
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("statuses", statuses.stream().map(Enum::name).toList());
        if (visaType != null) {
            sql.append(" AND visa_type = :type");
            params.put("type", visaType);
        }
        if (nationality != null) {
            sql.append(" AND nationality = :nationality");
            params.put("nationality", nationality);
        }
        sql.append(" ORDER BY submitted_at, reference LIMIT ").append(limit);
        return load(sql.toString(), params);
    }

    /** Other applications of the same person: same passport, or same surname and date of birth. */
    List<VisaApplication> sameApplicant(VisaApplication a) {
        return load("""
                SELECT * FROM visa_application WHERE id <> :id AND (
                    (nationality = :nationality AND passport_number = :passport)
                    OR (surname = :surname AND date_of_birth = :dob))
                ORDER BY submitted_at DESC""", Map.of("id", a.id().value(),
                "nationality", a.applicant().nationality().value(),
                "passport", a.applicant().passport().number().value(),
                "surname", a.applicant().name().surname(), "dob", a.applicant().dateOfBirth()));
    }

    private List<VisaApplication> load(String sql, Map<String, ?> params) {
        List<Row> rows = jdbc.sql(sql).params(params).query(VisaApplicationRepository::row).list();
        List<VisaApplication> result = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<StatusChange> history = jdbc.sql("SELECT * FROM visa_application_transition WHERE application_id = :id ORDER BY seq")
                    .param("id", r.id).query((rs, n) -> new StatusChange(
                            rs.getString("from_status") == null ? null : ApplicationStatus.valueOf(rs.getString("from_status")),
                            ApplicationStatus.valueOf(rs.getString("to_status")), rs.getString("officer"),
                            SqlColumns.instant(rs, "occurred_at"), rs.getString("note")))
                    .list();
            result.add(r.toApplication(history));
        }
        return result;
    }

    private record Row(UUID id, String reference, String status, Applicant applicant, String type, String purpose,
                       LocalDate arrival, LocalDate departure, Sponsor sponsor, java.time.Instant submitted, String fee,
                       LocalDateTime interviewAt, String interviewPlace, String grounds, String reason, String decidedBy,
                       java.time.Instant decidedAt, String confirmedBy, String visaNumber, long version) {

        VisaApplication toApplication(List<StatusChange> history) {
            Grounds refusal = grounds == null ? null : new Grounds(SqlColumns.lines(grounds).stream().map(ProvisionReference::of)
                    .collect(Collectors.toList()), reason);
            return VisaApplication.restore(new VisaApplicationId(id), reference, applicant, VisaTypeCode.of(type),
                    Purpose.valueOf(purpose), arrival, departure, sponsor, submitted, FeeStatus.valueOf(fee),
                    ApplicationStatus.valueOf(status),
                    interviewAt == null ? null : new VisaApplication.Interview(interviewAt, interviewPlace), refusal,
                    decidedBy, decidedAt, confirmedBy, visaNumber == null ? null : new VisaNumber(visaNumber), history, version);
        }
    }

    static Applicant applicant(ResultSet rs) throws SQLException {
        return new Applicant(new PersonName(rs.getString("surname"), rs.getString("given_names")),
                rs.getObject("date_of_birth", LocalDate.class), new CountryCode(rs.getString("nationality")),
                Sex.valueOf(rs.getString("sex")),
                new Passport(new DocumentNumber(rs.getString("passport_number")), new CountryCode(rs.getString("passport_issuing_state")),
                        rs.getObject("passport_expiry", LocalDate.class)));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Sponsor sponsor = rs.getString("sponsor_kind") == null ? null
                : new Sponsor(Sponsor.Kind.valueOf(rs.getString("sponsor_kind")), rs.getString("sponsor_name"),
                        rs.getString("sponsor_contact"));
        return new Row(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("status"), applicant(rs),
                rs.getString("visa_type"), rs.getString("purpose"), rs.getObject("intended_arrival", LocalDate.class),
                rs.getObject("intended_departure", LocalDate.class), sponsor, SqlColumns.instant(rs, "submitted_at"),
                rs.getString("fee_status"), rs.getObject("interview_at", LocalDateTime.class), rs.getString("interview_place"),
                rs.getString("refusal_grounds"), rs.getString("refusal_reason"), rs.getString("decided_by"),
                SqlColumns.instant(rs, "decided_at"), rs.getString("refusal_confirmed_by"), rs.getString("visa_number"),
                rs.getLong("version"));
    }
}
