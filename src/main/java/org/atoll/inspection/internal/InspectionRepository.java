package org.atoll.inspection.internal;

import static org.atoll.SqlColumns.instant;
import static org.atoll.SqlColumns.lines;
import static org.atoll.SqlColumns.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.atoll.inspection.internal.InspectionViews.AddendumView;
import org.atoll.inspection.internal.InspectionViews.AnswerView;
import org.atoll.inspection.internal.InspectionViews.DispositionView;
import org.atoll.inspection.internal.InspectionViews.InspectionSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inspections, interviews and question templates in SQL; decisions are conditional updates on the status read. */
@Repository
class InspectionRepository {

    private final JdbcClient jdbc;

    InspectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(InspectionRow r) {
        jdbc.sql("""
                INSERT INTO inspection (id, port, booth, direction, transport_mode, traveller_role, purpose, intended_stay_days,
                    manual_entry, issuing_state, document_number, document_code, document_expiry, surname, given_names,
                    nationality, date_of_birth, sex, context_json, proposal_outcome, proposal_reasons, proposed_permit_type,
                    proposed_until, visa_number, carrier, flight_or_vessel, status, officer, created_at, version)
                VALUES (:id, :port, :booth, :direction, :mode, :role, :purpose, :stay, :manual, :issuer, :number, :code, :expiry,
                    :surname, :given, :nationality, :dob, :sex, :context, :outcome, :reasons, :permitType, :until, :visa,
                    :carrier, :flight, :status, :officer, :createdAt, 0)""")
                .param("id", r.id()).param("port", r.port()).param("booth", r.booth()).param("direction", r.direction())
                .param("mode", r.mode()).param("role", r.role()).param("purpose", r.purpose())
                .param("stay", r.intendedStayDays()).param("manual", r.manualEntry()).param("issuer", r.issuingState())
                .param("number", r.documentNumber()).param("code", r.documentCode()).param("expiry", r.documentExpiry())
                .param("surname", r.surname()).param("given", r.givenNames()).param("nationality", r.nationality())
                .param("dob", r.dateOfBirth()).param("sex", r.sex()).param("context", r.contextJson())
                .param("outcome", r.proposalOutcome()).param("reasons", String.join(",", r.proposalReasons()))
                .param("permitType", r.proposedPermitType()).param("until", r.proposedUntil()).param("visa", r.visaNumber())
                .param("carrier", r.carrier()).param("flight", r.flightOrVessel()).param("status", r.status())
                .param("officer", r.officer()).param("createdAt", ts(r.createdAt()))
                .update();
    }

    Optional<InspectionRow> find(UUID id) {
        return jdbc.sql("SELECT * FROM inspection WHERE id = :id").param("id", id).query(InspectionRepository::row).optional();
    }

    /** Moves a primary decision in only if the inspection is still awaiting one; false when another request won. */
    boolean decidePrimary(UUID id, String newStatus, String outcome, String officer, Instant at, String permitType,
                          LocalDate until, List<String> conditions, boolean overridden, String overrideReason,
                          boolean entryFormChecked, boolean feeChecked) {
        return jdbc.sql("""
                UPDATE inspection SET status = :status, decided_outcome = :outcome, decided_by = :officer, decided_at = :at,
                    permit_type = :permitType, permitted_until = :until, conditions = :conditions, overridden = :overridden,
                    override_reason = :overrideReason, entry_form_checked = :form, fee_checked = :fee, version = version + 1
                WHERE id = :id AND status = 'AWAITING_DECISION'""")
                .param("status", newStatus).param("outcome", outcome).param("officer", officer).param("at", ts(at))
                .param("permitType", permitType).param("until", until).param("conditions", lines(conditions))
                .param("overridden", overridden).param("overrideReason", overrideReason).param("form", entryFormChecked)
                .param("fee", feeChecked).param("id", id).update() == 1;
    }

    void recordMovement(UUID id, UUID movementId, Integer daysOverstayed) {
        jdbc.sql("UPDATE inspection SET movement_id = :movement, days_overstayed = :days WHERE id = :id")
                .param("movement", movementId).param("days", daysOverstayed).param("id", id).update();
    }

    /** Moves a secondary decision in only from the status read; false when another request changed it first. */
    boolean decideSecondary(UUID id, String fromStatus, String newStatus, String outcome, String officer, Instant at,
                            String permitType, LocalDate until, List<String> conditions, List<String> grounds, String reason,
                            String removalCarrier, String removalFlight, String handedOverTo) {
        return jdbc.sql("""
                UPDATE inspection SET status = :status, secondary_outcome = :outcome, secondary_officer = :officer,
                    secondary_decided_at = :at, permit_type = COALESCE(:permitType, permit_type),
                    permitted_until = :until, conditions = :conditions, refusal_grounds = :grounds, refusal_reason = :reason,
                    removal_carrier = :carrier, removal_flight = :flight, handed_over_to = :handedTo,
                    version = version + 1
                WHERE id = :id AND status = :from""")
                .param("handedTo", handedOverTo)
                .param("status", newStatus).param("outcome", outcome).param("officer", officer).param("at", ts(at))
                .param("permitType", permitType).param("until", until).param("conditions", lines(conditions))
                .param("grounds", lines(grounds)).param("reason", reason).param("carrier", removalCarrier)
                .param("flight", removalFlight).param("id", id).param("from", fromStatus).update() == 1;
    }

    boolean reviewRefusal(UUID id, String newStatus, String approvedBy, Instant at) {
        return jdbc.sql("""
                UPDATE inspection SET status = :status, refusal_approved_by = :by, refusal_approved_at = :at,
                    secondary_outcome = CASE WHEN :status = 'REFUSED' THEN secondary_outcome ELSE NULL END,
                    version = version + 1
                WHERE id = :id AND status = 'REFUSAL_AWAITING_APPROVAL'""")
                .param("status", newStatus).param("by", approvedBy).param("at", ts(at)).param("id", id).update() == 1;
    }

    List<InspectionSummary> queue(String port, List<String> statuses, int limit) {
        return jdbc.sql("""
                SELECT * FROM inspection WHERE status IN (:statuses)""" + (port == null ? "" : " AND port = :port") + " ORDER BY created_at LIMIT :limit")
                .params(port == null ? java.util.Map.of() : java.util.Map.of("port", port))
                .param("statuses", statuses).param("limit", limit)
                .query((rs, i) -> summary(rs)).list();
    }

    List<InspectionSummary> overrides(Instant from, Instant to, String port) {
        return jdbc.sql("""
                SELECT * FROM inspection WHERE overridden = TRUE AND decided_at >= :from AND decided_at < :to""" + (port == null ? "" : " AND port = :port") + " ORDER BY decided_at DESC LIMIT 500")
                .params(port == null ? java.util.Map.of() : java.util.Map.of("port", port))
                .param("from", ts(from)).param("to", ts(to))
                .query((rs, i) -> summary(rs)).list();
    }

    // --- interviews -------------------------------------------------------------------------------

    record InterviewRow(UUID id, UUID inspectionId, String officer, Instant startedAt, Instant closedAt, String language,
                        String interpreter, String documentsExamined, long version) {
    }

    List<AnswerView> templates(List<String> reasons) {
        return jdbc.sql("""
                SELECT referral_reason, code, position, question FROM inspection_question_template
                WHERE referral_reason IN (:reasons) ORDER BY CASE WHEN referral_reason = 'GENERAL' THEN 0 ELSE 1 END, position, code""")
                .param("reasons", reasons)
                .query((rs, i) -> new AnswerView(i + 1, rs.getString("code"), rs.getString("question"), ""))
                .list();
    }

    Optional<InterviewRow> interview(UUID inspectionId) {
        return jdbc.sql("SELECT * FROM inspection_interview WHERE inspection_id = :id").param("id", inspectionId)
                .query((rs, i) -> new InterviewRow(rs.getObject("id", UUID.class), rs.getObject("inspection_id", UUID.class),
                        rs.getString("officer"), instant(rs, "started_at"), instant(rs, "closed_at"), rs.getString("language"),
                        rs.getString("interpreter"), rs.getString("documents_examined"), rs.getLong("version")))
                .optional();
    }

    List<AnswerView> answers(UUID interviewId) {
        return jdbc.sql("SELECT * FROM inspection_interview_answer WHERE interview_id = :id ORDER BY position")
                .param("id", interviewId)
                .query((rs, i) -> new AnswerView(rs.getInt("position"), rs.getString("question_code"), rs.getString("question"),
                        rs.getString("answer") == null ? "" : rs.getString("answer")))
                .list();
    }

    List<AddendumView> addenda(UUID interviewId) {
        return jdbc.sql("SELECT * FROM inspection_interview_addendum WHERE interview_id = :id ORDER BY seq")
                .param("id", interviewId)
                .query((rs, i) -> new AddendumView(rs.getInt("seq"), instant(rs, "written_at"), rs.getString("officer"),
                        rs.getString("text")))
                .list();
    }

    void insertInterview(UUID id, UUID inspectionId, String officer, Instant at, String language, String interpreter) {
        jdbc.sql("""
                INSERT INTO inspection_interview (id, inspection_id, officer, started_at, language, interpreter, version)
                VALUES (:id, :inspection, :officer, :at, :language, :interpreter, 0)""")
                .param("id", id).param("inspection", inspectionId).param("officer", officer).param("at", ts(at))
                .param("language", language).param("interpreter", interpreter).update();
    }

    void replaceAnswers(UUID interviewId, List<AnswerView> answers) {
        jdbc.sql("DELETE FROM inspection_interview_answer WHERE interview_id = :id").param("id", interviewId).update();
        for (AnswerView a : answers) {
            jdbc.sql("""
                    INSERT INTO inspection_interview_answer (interview_id, position, question_code, question, answer)
                    VALUES (:id, :position, :code, :question, :answer)""")
                    .param("id", interviewId).param("position", a.position()).param("code", a.questionCode())
                    .param("question", a.question()).param("answer", a.answer()).update();
        }
    }

    /** Updates an open interview's record; false when it closed (or changed) since it was read. */
    boolean updateInterview(UUID interviewId, long version, String language, String interpreter, String documentsExamined,
                            Instant closedAt) {
        return jdbc.sql("""
                UPDATE inspection_interview SET language = :language, interpreter = :interpreter,
                    documents_examined = :documents, closed_at = :closedAt, version = version + 1
                WHERE id = :id AND version = :version AND closed_at IS NULL""")
                .param("language", language).param("interpreter", interpreter).param("documents", documentsExamined)
                .param("closedAt", ts(closedAt)).param("id", interviewId).param("version", version).update() == 1;
    }

    void insertAddendum(UUID interviewId, Instant at, String officer, String text) {
        jdbc.sql("""
                INSERT INTO inspection_interview_addendum (interview_id, seq, written_at, officer, text)
                VALUES (:id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM inspection_interview_addendum WHERE interview_id = :id),
                        :at, :officer, :text)""")
                .param("id", interviewId).param("at", ts(at)).param("officer", officer).param("text", text).update();
    }

    // --- hit dispositions -------------------------------------------------------------------------

    void insertDisposition(UUID inspectionId, UUID hitId, String disposition, String note, String officer, Instant at) {
        jdbc.sql("""
                INSERT INTO inspection_hit_disposition (inspection_id, hit_id, disposition, note, officer, recorded_at)
                VALUES (:inspection, :hit, :disposition, :note, :officer, :at)""")
                .param("inspection", inspectionId).param("hit", hitId).param("disposition", disposition).param("note", note)
                .param("officer", officer).param("at", ts(at)).update();
    }

    List<DispositionView> dispositions(UUID inspectionId) {
        return jdbc.sql("SELECT * FROM inspection_hit_disposition WHERE inspection_id = :id ORDER BY recorded_at")
                .param("id", inspectionId)
                .query((rs, i) -> new DispositionView(rs.getObject("hit_id", UUID.class), rs.getString("disposition"),
                        rs.getString("note"), rs.getString("officer"), instant(rs, "recorded_at")))
                .list();
    }

    // --- mapping ----------------------------------------------------------------------------------

    private static InspectionSummary summary(ResultSet rs) throws SQLException {
        String reasons = rs.getString("proposal_reasons");
        return new InspectionSummary(rs.getObject("id", UUID.class), rs.getString("status"), rs.getString("port"),
                rs.getString("booth"), rs.getString("direction"),
                (rs.getString("given_names") + " " + rs.getString("surname")).strip(), rs.getString("nationality"),
                rs.getString("document_number"), rs.getString("proposal_outcome"),
                reasons == null || reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(",")), rs.getString("officer"),
                instant(rs, "created_at"), rs.getString("decided_outcome"), rs.getString("decided_by"),
                instant(rs, "decided_at"), rs.getString("override_reason"));
    }

    private static InspectionRow row(ResultSet rs, int i) throws SQLException {
        String reasons = rs.getString("proposal_reasons");
        return new InspectionRow(rs.getObject("id", UUID.class), rs.getString("port"), rs.getString("booth"),
                rs.getString("direction"), rs.getString("transport_mode"), rs.getString("traveller_role"),
                rs.getString("purpose"), (Integer) rs.getObject("intended_stay_days"), rs.getBoolean("manual_entry"),
                rs.getString("issuing_state"), rs.getString("document_number"), rs.getString("document_code"),
                rs.getObject("document_expiry", LocalDate.class), rs.getString("surname"), rs.getString("given_names"),
                rs.getString("nationality"), rs.getString("date_of_birth"), rs.getString("sex"), rs.getString("context_json"),
                rs.getString("proposal_outcome"),
                reasons == null || reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(",")),
                rs.getString("proposed_permit_type"), rs.getObject("proposed_until", LocalDate.class),
                rs.getString("visa_number"), rs.getString("carrier"), rs.getString("flight_or_vessel"), rs.getString("status"),
                rs.getString("officer"), instant(rs, "created_at"), rs.getString("decided_outcome"), rs.getString("decided_by"),
                instant(rs, "decided_at"), rs.getString("permit_type"), rs.getObject("permitted_until", LocalDate.class),
                lines(rs.getString("conditions")), rs.getBoolean("overridden"), rs.getString("override_reason"),
                rs.getBoolean("entry_form_checked"), rs.getBoolean("fee_checked"), rs.getObject("movement_id", UUID.class),
                (Integer) rs.getObject("days_overstayed"), rs.getString("secondary_outcome"), rs.getString("secondary_officer"),
                instant(rs, "secondary_decided_at"), lines(rs.getString("refusal_grounds")), rs.getString("refusal_reason"),
                rs.getString("removal_carrier"), rs.getString("removal_flight"), rs.getString("refusal_approved_by"),
                instant(rs, "refusal_approved_at"), rs.getString("handed_over_to"), rs.getLong("version"));
    }
}
