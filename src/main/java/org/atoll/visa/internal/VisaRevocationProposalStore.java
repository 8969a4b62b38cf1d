package org.atoll.visa.internal;

import org.atoll.SqlColumns;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.atoll.InvalidRequestException;
import org.atoll.RecordNotFoundException;
import org.atoll.ConcurrentEditException;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.atoll.visa.VisaRevocationProposals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revocation proposals on visas: recorded by other modules through {@link VisaRevocationProposals},
 * listed for the visa officers (open first), dismissed with a note. A proposal whose visa has been
 * revoked counts as decided; revoking itself goes through {@link VisaRegister#revoke}.
 */
@Service
public class VisaRevocationProposalStore implements VisaRevocationProposals {

    /** {@code state}: OPEN, DISMISSED (by a visa officer, with a note) or REVOKED (the visa was revoked since). */
    public record Proposal(UUID id, String visaNumber, String holder, String reason, String origin, String proposedBy,
                           String proposingAgency, Instant proposedAt, String state, String dismissedBy,
                           Instant dismissedAt, String dismissalNote, long version) {

        public boolean open() {
            return "OPEN".equals(state);
        }
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    VisaRevocationProposalStore(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public UUID propose(RevocationProposal p) {
        if (p.visa() == null || jdbc.sql("SELECT COUNT(*) FROM visa WHERE number = :n").param("n", p.visa().value())
                .query(Long.class).single() == 0) {
            throw InvalidRequestException.field("visaNumber", "There is no visa " + (p.visa() == null ? "" : p.visa().value()));
        }
        if (p.reason() == null || p.reason().isBlank()) {
            throw InvalidRequestException.field("reason", "Give the grounds for revocation");
        }
        if (p.reason().length() > 4000) {
            throw InvalidRequestException.field("reason", "At most 4000 characters");
        }
        UUID id = UUID.randomUUID();
        String origin = p.origin() == null || p.origin().isBlank() ? null
                : p.origin().strip().substring(0, Math.min(200, p.origin().strip().length()));
        jdbc.sql("""
                INSERT INTO visa_revocation_proposal (id, visa_number, reason, origin, proposed_by, proposing_agency, proposed_at)
                VALUES (:id, :n, :r, :o, :by, :a, :at)""")
                .param("id", id).param("n", p.visa().value()).param("r", p.reason().strip()).param("o", origin)
                .param("by", p.proposedBy()).param("a", p.proposingAgency().value()).param("at", SqlColumns.ts(clock.instant()))
                .update();
        audit.record(AuditEvent.succeeded("VISA_REVOCATION_PROPOSED", VisaRegister.AUDIT_TYPE, p.visa().value())
                .withDetails("proposal=" + id + " by " + p.proposingAgency() + (origin == null ? "" : " from " + origin)));
        return id;
    }

    /** Proposals, open ones first, newest first; {@code openOnly} leaves out decided ones. Audited. */
    @Transactional
    public List<Proposal> list(boolean openOnly) {
        List<Proposal> shown = all().stream().filter(p -> !openOnly || p.open())
                .sorted(java.util.Comparator.comparing((Proposal p) -> !p.open())).toList();
        audit.record(AuditEvent.succeeded("VISA_REVOCATION_PROPOSALS_READ", VisaRegister.AUDIT_TYPE, null)
                .withDetails(shown.size() + " proposals"));
        return shown;
    }

    private static final String SELECT = """
            SELECT p.*, v.surname, v.given_names, v.revoked_on FROM visa_revocation_proposal p
            JOIN visa v ON v.number = p.visa_number""";

    private List<Proposal> all() {
        return jdbc.sql(SELECT + " ORDER BY p.proposed_at DESC LIMIT 500").query(this::proposal).list();
    }

    private java.util.Optional<Proposal> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query(this::proposal).optional();
    }

    private Proposal proposal(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        // a dismissal stays a dismissal even if the visa is revoked later on other grounds
        String state = rs.getString("dismissed_by") != null ? "DISMISSED"
                : rs.getObject("revoked_on") != null ? "REVOKED" : "OPEN";
        return new Proposal(rs.getObject("id", UUID.class), rs.getString("visa_number"),
                rs.getString("given_names") + " " + rs.getString("surname"), rs.getString("reason"),
                rs.getString("origin"), rs.getString("proposed_by"), rs.getString("proposing_agency"),
                SqlColumns.instant(rs, "proposed_at"), state, rs.getString("dismissed_by"), SqlColumns.instant(rs, "dismissed_at"),
                rs.getString("dismissal_note"), rs.getLong("version"));
    }

    /** A visa officer decides not to revoke: the proposal is closed with the note. */
    @Transactional
    public Proposal dismiss(UUID id, String note, Long expectedVersion, String officer) {
        Proposal current = find(id).orElseThrow(() -> new RecordNotFoundException("visa revocation proposal", id.toString()));
        if (note == null || note.isBlank()) {
            throw InvalidRequestException.field("note", "Say why the visa is not revoked");
        }
        if (!current.open()) {
            throw InvalidRequestException.field("state", "The proposal is " + current.state() + " already");
        }
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new ConcurrentEditException("visa revocation proposal", id.toString(), current.version());
        }
        int changed = jdbc.sql("""
                UPDATE visa_revocation_proposal SET dismissed_by = :by, dismissed_at = :at, dismissal_note = :note,
                    version = version + 1 WHERE id = :id AND version = :v AND dismissed_by IS NULL""")
                .param("by", officer).param("at", SqlColumns.ts(clock.instant())).param("note", note.strip())
                .param("id", id).param("v", current.version()).update();
        if (changed == 0) {
            throw new ConcurrentEditException("visa revocation proposal", id.toString(), current.version() + 1);
        }
        audit.record(AuditEvent.succeeded("VISA_REVOCATION_PROPOSAL_DISMISSED", VisaRegister.AUDIT_TYPE,
                current.visaNumber()).withPurpose(note.strip()).withDetails("proposal=" + id));
        return find(id).orElseThrow();
    }
}
