package org.atoll.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.atoll.audit.AuditActor;
import org.atoll.audit.AuditActorResolver;
import org.atoll.audit.AuditChainVerification;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditOutcome;
import org.atoll.audit.AuditQuery;
import org.atoll.audit.AuditRecord;
import org.atoll.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes records in a short transaction of its own that locks the chain head, so records are
 * chained strictly one after another, across threads and across nodes sharing the database.
 * One writer thread per node takes what callers have queued and appends it in one transaction
 * (group commit: one lock and one commit for many callers under load); each caller waits until its
 * records are committed. A failed audit write fails the caller: no audited action goes unrecorded.
 */
@Service
class JdbcAuditTrail implements AuditTrail, AuditQuery {

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations batches;
    private final TransactionTemplate ownTransaction;
    private final ObjectProvider<AuditActorResolver> actors;
    private final Clock clock;
    private final java.util.concurrent.BlockingQueue<Pending> queue = new java.util.concurrent.LinkedBlockingQueue<>();
    private final Thread writer;

    /** Records a caller waits for: appended by the writer thread, then handed back through {@code done}. */
    private record Pending(AuditActor actor, String clientAddress, List<AuditEvent> events,
                           java.util.concurrent.CompletableFuture<List<AuditRecord>> done) {
    }

    private static final int MOST_CALLERS_PER_TRANSACTION = 200;

    JdbcAuditTrail(JdbcClient jdbc, org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations batches,
                   PlatformTransactionManager transactions, ObjectProvider<AuditActorResolver> actors, Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.actors = actors;
        this.clock = clock;
        this.writer = new Thread(this::writeQueued, "audit-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        writer.interrupt();
    }

    @Override
    public AuditRecord record(AuditEvent event) {
        AuditActorResolver resolver = actors.getIfAvailable();
        return record(resolver == null ? AuditActor.SYSTEM : resolver.currentActor(), event);
    }

    @Override
    public AuditRecord record(AuditActor actor, AuditEvent event) {
        return append(actor, List.of(event)).get(0);
    }

    @Override
    public List<AuditRecord> recordAll(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        AuditActorResolver resolver = actors.getIfAvailable();
        return append(resolver == null ? AuditActor.SYSTEM : resolver.currentActor(), events);
    }

    /** Queues the events for the writer thread and waits until they are committed (or failed). */
    private List<AuditRecord> append(AuditActor actor, List<AuditEvent> events) {
        Pending pending = new Pending(actor, currentClientAddress(), List.copyOf(events),
                new java.util.concurrent.CompletableFuture<>());
        if (!writer.isAlive()) {
            throw new IllegalStateException("The audit trail is shut down");
        }
        queue.add(pending);
        try {
            return pending.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the audit record was being written", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("The audit record could not be written", e.getCause());
        }
    }

    private void writeQueued() {
        List<Pending> batch = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            queue.drainTo(batch, MOST_CALLERS_PER_TRANSACTION - 1);
            try {
                List<List<AuditRecord>> written = appendAll(batch);
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).done().complete(written.get(i));
                }
            } catch (RuntimeException batchFailed) {
                // one caller's records must not fail the others: each alone, in a transaction of its own
                for (Pending p : batch) {
                    try {
                        p.done().complete(appendAll(List.of(p)).get(0));
                    } catch (RuntimeException e) {
                        p.done().completeExceptionally(e);
                    }
                }
            }
            batch.clear();
        }
        Pending left;
        while ((left = queue.poll()) != null) {
            left.done().completeExceptionally(new IllegalStateException("The audit trail is shut down"));
        }
    }

    /** Appends the callers' events to the chain in one transaction, holding the chain head's lock once. */
    private List<List<AuditRecord>> appendAll(List<Pending> callers) {
        return ownTransaction.execute(status -> {
            var head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                    .single();
            long seq = (Long) head[0];
            String previous = (String) head[1];
            Instant now = AuditHash.storable(Instant.now(clock));
            List<List<AuditRecord>> all = new ArrayList<>(callers.size());
            for (Pending caller : callers) {
                List<AuditRecord> written = new ArrayList<>(caller.events().size());
                for (AuditEvent event : caller.events()) {
                    seq++;
                    AuditRecord unsigned = new AuditRecord(seq, now, caller.actor().name(), caller.actor().agency(),
                            event.action(), event.objectType(), event.objectId(), event.outcome(), event.purpose(),
                            caller.clientAddress(), event.details(), previous, null);
                    AuditRecord signed = withHash(unsigned, AuditHash.of(unsigned));
                    written.add(signed);
                    previous = signed.hash();
                }
                all.add(written);
            }
            insertAll(all.stream().flatMap(List::stream).toList());
            jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                    .param("seq", seq).param("hash", previous).update();
            return all;
        });
    }

    /** All records of one transaction in one JDBC batch: one round trip, however many callers. */
    private void insertAll(List<AuditRecord> records) {
        org.springframework.jdbc.core.namedparam.SqlParameterSource[] rows = records.stream()
                .map(signed -> new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                        .addValue("seq", signed.seq())
                        .addValue("at", OffsetDateTime.ofInstant(signed.occurredAt(), ZoneOffset.UTC))
                        .addValue("actor", signed.actor(), java.sql.Types.VARCHAR)
                        .addValue("agency", signed.agency(), java.sql.Types.VARCHAR)
                        .addValue("action", signed.action(), java.sql.Types.VARCHAR)
                        .addValue("objectType", signed.objectType(), java.sql.Types.VARCHAR)
                        .addValue("objectId", signed.objectId(), java.sql.Types.VARCHAR)
                        .addValue("outcome", signed.outcome().name(), java.sql.Types.VARCHAR)
                        .addValue("purpose", signed.purpose(), java.sql.Types.VARCHAR)
                        .addValue("client", signed.clientAddress(), java.sql.Types.VARCHAR)
                        .addValue("details", signed.details(), java.sql.Types.VARCHAR)
                        .addValue("previous", signed.previousHash(), java.sql.Types.VARCHAR)
                        .addValue("hash", signed.hash(), java.sql.Types.VARCHAR))
                .toArray(org.springframework.jdbc.core.namedparam.SqlParameterSource[]::new);
        batches.batchUpdate("""
                INSERT INTO audit_record (seq, occurred_at, actor, agency_code, action, object_type, object_id,
                    outcome, purpose, client_address, details, previous_hash, hash)
                VALUES (:seq, :at, :actor, :agency, :action, :objectType, :objectId, :outcome, :purpose,
                    :client, :details, :previous, :hash)""", rows);
    }

    @Override
    public List<AuditRecord> search(AuditSearch search) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_record WHERE 1 = 1");
        var params = new java.util.LinkedHashMap<String, Object>();
        if (hasText(search.actor())) {
            sql.append(" AND actor = :actor");
            params.put("actor", search.actor().trim());
        }
        if (hasText(search.objectType())) {
            sql.append(" AND object_type = :objectType");
            params.put("objectType", search.objectType().trim());
        }
        if (hasText(search.objectId())) {
            sql.append(" AND object_id = :objectId");
            params.put("objectId", search.objectId().trim());
        }
        if (hasText(search.action())) {
            sql.append(" AND action = :action");
            params.put("action", search.action().trim().toUpperCase(java.util.Locale.ROOT));
        }
        if (search.from() != null) {
            sql.append(" AND occurred_at >= :from");
            params.put("from", startOf(search.from()));
        }
        if (search.to() != null) {
            sql.append(" AND occurred_at < :to");
            params.put("to", startOf(search.to().plusDays(1)));
        }
        sql.append(" ORDER BY seq DESC LIMIT ").append(search.limit());
        return jdbc.sql(sql.toString()).params(params).query(JdbcAuditTrail::mapRecord).list();
    }

    /** The instant a local day (in the clock's zone, the border's) begins, as the UTC timestamp the column holds. */
    private OffsetDateTime startOf(LocalDate day) {
        return OffsetDateTime.ofInstant(day.atStartOfDay(clock.getZone()).toInstant(), ZoneOffset.UTC);
    }

    @Override
    public AuditChainVerification verifyChain() {
        String expectedPrevious = AuditHash.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        final int page = 5000;
        while (true) {
            List<AuditRecord> batch = jdbc.sql("SELECT * FROM audit_record WHERE seq >= :from ORDER BY seq LIMIT " + page)
                    .param("from", expectedSeq).query(JdbcAuditTrail::mapRecord).list();
            for (AuditRecord r : batch) {
                checked++;
                if (r.seq() != expectedSeq) {
                    return AuditChainVerification.brokenAt(checked, expectedSeq,
                            "record " + expectedSeq + " is missing (next present is " + r.seq() + ")");
                }
                if (!r.previousHash().equals(expectedPrevious)) {
                    return AuditChainVerification.brokenAt(checked, r.seq(),
                            "previous-hash link does not match the hash of record " + (r.seq() - 1));
                }
                String recomputed = AuditHash.of(withHash(r, null));
                if (!recomputed.equals(r.hash())) {
                    return AuditChainVerification.brokenAt(checked, r.seq(),
                            "content does not match its hash (the record was changed after it was written)");
                }
                expectedPrevious = r.hash();
                expectedSeq++;
            }
            if (batch.size() < page) {
                break;
            }
        }
        var head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        if ((Long) head[0] != expectedSeq - 1 || !expectedPrevious.equals(head[1])) {
            return AuditChainVerification.brokenAt(checked, (Long) head[0],
                    "the chain ends at record " + (expectedSeq - 1) + " but its head names record " + head[0]
                            + " (records were removed from the end)");
        }
        return AuditChainVerification.intact(checked);
    }

    private static AuditRecord withHash(AuditRecord r, String hash) {
        return new AuditRecord(r.seq(), r.occurredAt(), r.actor(), r.agency(), r.action(), r.objectType(),
                r.objectId(), r.outcome(), r.purpose(), r.clientAddress(), r.details(), r.previousHash(), hash);
    }

    private static AuditRecord mapRecord(ResultSet rs, int row) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("agency_code"), rs.getString("action"),
                rs.getString("object_type"), rs.getString("object_id"), AuditOutcome.valueOf(rs.getString("outcome")),
                rs.getString("purpose"), rs.getString("client_address"), rs.getString("details"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }

    private static String currentClientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
