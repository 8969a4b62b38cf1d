package org.atoll.visa.internal;

import org.atoll.SqlColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.atoll.regulation.ProvisionReference;
import org.atoll.regulation.VisaTypeCode;
import org.atoll.visa.VisaApplicationId;
import org.atoll.visa.VisaNumber;
import org.atoll.visa.domain.Grounds;
import org.atoll.visa.domain.IssuedVisa;
import org.atoll.visa.domain.VisaExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Issued visas and their extensions, in SQL, with the version read checked on every save. */
@Repository
class IssuedVisaRepository {

    private final JdbcClient jdbc;

    IssuedVisaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    VisaNumber nextNumber() {
        return VisaNumber.fromSequence(jdbc.sql("SELECT nextval('visa_number_seq')").query(Long.class).single());
    }

    void insert(IssuedVisa v) {
        IssuedVisa.Terms t = v.terms();
        jdbc.sql("""
                INSERT INTO visa (number, application_id, visa_type, surname, given_names, date_of_birth, nationality, sex,
                    passport_number, passport_issuing_state, passport_expiry, valid_from, valid_until, entries_allowed,
                    entries_used, permitted_stay_days, conditions, mrz, issued_by, issued_at, version)
                VALUES (:number, :application, :type, :surname, :given, :dob, :nationality, :sex, :passport, :issuer, :expiry,
                    :from, :until, :entries, 0, :stay, :conditions, :mrz, :issuedBy, :issuedAt, 0)""")
                .param("number", v.number().value()).param("application", v.applicationId().value())
                .param("type", v.type().value()).param("surname", v.holder().name().surname())
                .param("given", v.holder().name().givenNames()).param("dob", v.holder().dateOfBirth())
                .param("nationality", v.holder().nationality().value()).param("sex", v.holder().sex().name())
                .param("passport", v.holder().passport().number().value())
                .param("issuer", v.holder().passport().issuingState().value()).param("expiry", v.holder().passport().expiry())
                .param("from", t.validFrom()).param("until", t.validUntil()).param("entries", t.entriesAllowed())
                .param("stay", t.permittedStayDays()).param("conditions", SqlColumns.lines(t.conditions()))
                .param("mrz", SqlColumns.lines(v.mrz())).param("issuedBy", v.issuedBy()).param("issuedAt", SqlColumns.ts(v.issuedAt()))
                .update();
    }

    boolean update(IssuedVisa v) {
        var revocation = v.revocation();
        int rows = jdbc.sql("""
                UPDATE visa SET entries_used = :used, permitted_stay_days = :stay, revoked_on = :revokedOn,
                    revoked_at = :revokedAt, revoked_by = :revokedBy, revocation_grounds = :grounds,
                    revocation_reason = :reason, version = version + 1
                WHERE number = :number AND version = :version""")
                .param("used", v.entriesUsed()).param("stay", v.terms().permittedStayDays())
                .param("revokedOn", revocation.map(IssuedVisa.Revocation::on).orElse(null))
                .param("revokedAt", SqlColumns.ts(revocation.map(IssuedVisa.Revocation::at).orElse(null)))
                .param("revokedBy", revocation.map(IssuedVisa.Revocation::officer).orElse(null))
                .param("grounds", revocation.map(r -> SqlColumns.lines(r.grounds().provisions().stream()
                        .map(ProvisionReference::value).collect(Collectors.toList()))).orElse(null))
                .param("reason", revocation.map(r -> r.grounds().reason()).orElse(null))
                .param("number", v.number().value()).param("version", v.version())
                .update();
        if (rows != 1) {
            return false;
        }
        for (VisaExtension e : v.extensions()) {
            int changed = jdbc.sql("""
                    UPDATE visa_extension SET status = :status, decided_by = :decidedBy, decided_at = :decidedAt,
                        decision_note = :note WHERE id = :id""")
                    .param("status", e.status().name()).param("decidedBy", e.decidedBy().orElse(null))
                    .param("decidedAt", SqlColumns.ts(e.decidedAt().orElse(null))).param("note", e.decisionNote().orElse(null))
                    .param("id", e.id()).update();
            if (changed == 0) {
                jdbc.sql("""
                        INSERT INTO visa_extension (id, visa_number, days, reason, status, requested_by, requested_at)
                        VALUES (:id, :number, :days, :reason, :status, :by, :at)""")
                        .param("id", e.id()).param("number", v.number().value()).param("days", e.days())
                        .param("reason", e.reason()).param("status", e.status().name()).param("by", e.requestedBy())
                        .param("at", SqlColumns.ts(e.requestedAt())).update();
            }
        }
        return true;
    }

    long currentVersion(VisaNumber number) {
        return jdbc.sql("SELECT version FROM visa WHERE number = :n").param("n", number.value())
                .query(Long.class).optional().orElse(-1L);
    }

    Optional<IssuedVisa> findByNumber(VisaNumber number) {
        return load("SELECT * FROM visa WHERE number = :n", Map.of("n", number.value())).stream().findFirst();
    }

    List<IssuedVisa> findByPassport(String nationality, String passportNumber) {
        return load("SELECT * FROM visa WHERE nationality = :nat AND passport_number = :passport ORDER BY issued_at DESC",
                Map.of("nat", nationality, "passport", passportNumber));
    }

    Optional<IssuedVisa> findByApplication(VisaApplicationId id) {
        return load("SELECT * FROM visa WHERE application_id = :id", Map.of("id", id.value())).stream().findFirst();
    }

    private List<IssuedVisa> load(String sql, Map<String, ?> params) {
        List<IssuedVisa> result = new ArrayList<>();
        List<RowData> rows = jdbc.sql(sql).params(params).query(IssuedVisaRepository::row).list();
        for (RowData r : rows) {
            List<VisaExtension> extensions = jdbc.sql("SELECT * FROM visa_extension WHERE visa_number = :n ORDER BY requested_at")
                    .param("n", r.number).query((rs, n) -> new VisaExtension(rs.getObject("id", UUID.class), rs.getInt("days"),
                            rs.getString("reason"), rs.getString("requested_by"), SqlColumns.instant(rs, "requested_at"),
                            VisaExtension.Status.valueOf(rs.getString("status")), rs.getString("decided_by"),
                            SqlColumns.instant(rs, "decided_at"), rs.getString("decision_note")))
                    .list();
            result.add(new IssuedVisa(new VisaNumber(r.number), r.application, VisaTypeCode.of(r.type), r.holder, r.terms,
                    r.entriesUsed, r.mrz, r.issuedBy, r.issuedAt, r.revocation, extensions, r.version));
        }
        return result;
    }

    private record RowData(String number, VisaApplicationId application, String type, org.atoll.visa.domain.Applicant holder,
                           IssuedVisa.Terms terms, int entriesUsed, List<String> mrz, String issuedBy, java.time.Instant issuedAt,
                           IssuedVisa.Revocation revocation, long version) {
    }

    private static RowData row(ResultSet rs, int n) throws SQLException {
        Integer entries = rs.getObject("entries_allowed") == null ? null : rs.getInt("entries_allowed");
        IssuedVisa.Terms terms = new IssuedVisa.Terms(rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class), entries, rs.getInt("permitted_stay_days"),
                SqlColumns.lines(rs.getString("conditions")));
        IssuedVisa.Revocation revocation = rs.getObject("revoked_on") == null ? null
                : new IssuedVisa.Revocation(new Grounds(SqlColumns.lines(rs.getString("revocation_grounds")).stream()
                        .map(ProvisionReference::of).collect(Collectors.toList()), rs.getString("revocation_reason")),
                        rs.getString("revoked_by"), SqlColumns.instant(rs, "revoked_at"), rs.getObject("revoked_on", LocalDate.class));
        return new RowData(rs.getString("number"), new VisaApplicationId(rs.getObject("application_id", UUID.class)),
                rs.getString("visa_type"), VisaApplicationRepository.applicant(rs), terms, rs.getInt("entries_used"),
                SqlColumns.lines(rs.getString("mrz")), rs.getString("issued_by"), SqlColumns.instant(rs, "issued_at"), revocation,
                rs.getLong("version"));
    }
}
