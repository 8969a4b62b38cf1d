package org.atoll.manifest.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.atoll.ConcurrentEditException;
import org.atoll.InvalidRequestException;
import org.atoll.RecordNotFoundException;
import org.atoll.access.ApiClientIdentity;
import org.atoll.access.ApiScope;
import org.atoll.access.CurrentOfficer;
import org.atoll.access.Role;
import org.atoll.alert.AlertScreeningResult;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.atoll.manifest.FlightLeg;
import org.atoll.manifest.ParsedManifest;
import org.atoll.manifest.internal.PreArrivalScreening.Findings;
import org.atoll.manifest.internal.PreArrivalScreening.PersonToScreen;
import org.atoll.manifest.paxlst.PaxlstParser;
import org.atoll.manifest.screening.BoardingAnswer;
import org.atoll.manifest.screening.BoardingPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Interactive API: a carrier set up for it (an API client with scope {@code INTERACTIVE_API} for its
 * own carrier) asks at check-in about one passenger and gets board / do not board / contact the
 * authority at once. The passenger is screened like a manifested person (alert list, entry rules,
 * visa register); the reasons are stored for the authority only; every answer is audited and an
 * authorised officer (secondary officer, supervisor) may override it, which the carrier sees when
 * it asks for the answer again.
 */
@Service
public class InteractiveApi {

    static final String PROCESS = "iapi-check-in";

    /** A check-in request: the flight and the passenger. */
    public record CheckIn(String carrier, String flight, String departurePort, LocalDateTime departure,
                          String arrivalPort, LocalDateTime arrival, PersonToScreen passenger) {
    }

    /** An answer as stored; {@link #reasons} and {@link #hitIds} are for the authority only. */
    public record StoredAnswer(UUID id, String carrier, String flight, LocalDate flightDate, String arrivalPort,
                               String surname, String givenNames, String documentType, String documentNumber,
                               String documentIssuer, BoardingAnswer answer, List<String> reasons, List<UUID> hitIds,
                               Instant answeredAt, String client, String overriddenBy, Instant overriddenAt,
                               String overrideReason, BoardingAnswer originalAnswer, long version) {

        public boolean overridden() {
            return overriddenBy != null;
        }
    }

    private static final Role[] AUTHORITY = {Role.PRIMARY_OFFICER, Role.SECONDARY_OFFICER, Role.SUPERVISOR,
            Role.ALERT_MANAGER, Role.ANALYST, Role.ADMINISTRATOR};

    private final PreArrivalScreening screening;
    private final JdbcClient jdbc;
    private final CurrentOfficer current;
    private final AuditTrail audit;
    private final TransactionTemplate inTransaction;
    private final Clock clock;
    private final PaxlstParser paxlst = new PaxlstParser();

    InteractiveApi(PreArrivalScreening screening, JdbcClient jdbc, CurrentOfficer current, AuditTrail audit,
                   PlatformTransactionManager transactions, Clock clock) {
        this.screening = screening;
        this.jdbc = jdbc;
        this.current = current;
        this.audit = audit;
        this.inTransaction = new TransactionTemplate(transactions);
        this.inTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** A PAXLST for one passenger, read into a check-in request. */
    public CheckIn fromPaxlst(byte[] message) {
        ParsedManifest parsed = paxlst.parse(message);
        if (parsed.persons().size() != 1) {
            throw InvalidRequestException.field("passengers", "An interactive request names exactly one passenger; this "
                    + "message names " + parsed.persons().size() + ".");
        }
        FlightLeg first = parsed.legs().get(0);
        FlightLeg last = parsed.legs().get(parsed.legs().size() - 1);
        return new CheckIn(parsed.carrier(), last.flightNumber(), first.departurePort(), first.departure(),
                last.arrivalPort(), last.arrival(), PersonToScreen.of(parsed.persons().get(0)));
    }

    /** Screens the passenger and answers; the answer is stored and audited before it is returned. */
    public StoredAnswer check(CheckIn request) {
        requireCarrier(request.carrier());
        if (request.flight() == null || request.flight().isBlank()) {
            throw InvalidRequestException.field("flight", "The flight number is required.");
        }
        if (request.passenger() == null || request.passenger().surname() == null || request.passenger().surname().isBlank()) {
            throw InvalidRequestException.field("passenger.surname", "The passenger's surname is required.");
        }
        LocalDate arrivalDate = request.arrival() != null ? request.arrival().toLocalDate()
                : request.departure() != null ? request.departure().toLocalDate() : LocalDate.now(clock);
        LocalDate flightDate = request.departure() != null ? request.departure().toLocalDate() : arrivalDate;
        String client = who();
        StoredAnswer stored = inTransaction.execute(tx -> {
            BoardingPolicy.Decision decision;
            List<UUID> hits = List.of();
            try {
                Findings f = screening.findings(request.passenger(), arrivalDate, PROCESS,
                        screening.arrivesAtPortOfEntry(request.arrivalPort(), arrivalDate));
                decision = BoardingPolicy.decide(f.alerts(), f.entry());
                hits = hitIds(f.alerts());
            } catch (InvalidRequestException e) {
                tx.setRollbackOnly();
                decision = null;
            }
            if (decision == null) {
                return null;
            }
            return store(request, flightDate, decision, hits, client);
        });
        if (stored == null) {
            // the alert list refused the passenger's data: a person decides, and the answer is still kept
            stored = inTransaction.execute(tx -> store(request, flightDate,
                    BoardingPolicy.failed("the alert list refused the declared data"), List.of(), client));
        }
        return stored;
    }

    private StoredAnswer store(CheckIn r, LocalDate flightDate, BoardingPolicy.Decision decision, List<UUID> hits,
                               String client) {
        PersonToScreen p = r.passenger();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO iapi_answer (id, carrier, flight_number, flight_date, arrival_port, surname, given_names,
                    date_of_birth, nationality, document_type, document_number, document_issuer, document_expiry, answer,
                    reasons, hit_ids, answered_at, client, version)
                VALUES (:id, :carrier, :flight, :date, :arr, :surname, :given, :dob, :nat, :dtype, :dnum, :diss, :dexp,
                    :answer, :reasons, :hits, :at, :client, 0)""")
                .param("id", id).param("carrier", cut(r.carrier().trim().toUpperCase(java.util.Locale.ROOT), 16))
                .param("flight", cut(r.flight().trim(), 32)).param("date", flightDate).param("arr", cut(r.arrivalPort(), 16))
                .param("surname", cut(p.surname(), 200)).param("given", cut(p.givenNames() == null ? "" : p.givenNames(), 200))
                .param("dob", cut(p.dateOfBirth(), 10)).param("nat", cut(p.nationality(), 3))
                .param("dtype", cut(p.documentType(), 8)).param("dnum", cut(p.documentNumber(), 35))
                .param("diss", cut(p.documentIssuer(), 3)).param("dexp", p.documentExpiry())
                .param("answer", decision.answer().name()).param("reasons", String.join("\n", decision.reasons()))
                .param("hits", String.join(",", hits.stream().map(UUID::toString).toList()))
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).param("client", client).update();
        audit.record(AuditEvent.succeeded("IAPI_ANSWER", "iapi-answer", id.toString())
                .withDetails(r.carrier() + " " + r.flight() + " " + flightDate + ": " + decision.answer()));
        return find(id).orElseThrow();
    }

    /** The answer: the carrier that asked sees it without reasons; the authority's officers see it all (audited). */
    public StoredAnswer read(UUID id) {
        StoredAnswer a = find(id).orElseThrow(() -> new RecordNotFoundException("iapi-answer", id.toString()));
        if (current.officer().isPresent()) {
            if (!current.officer().get().hasAny(AUTHORITY)) {
                throw new AccessDeniedException("Your role does not see interactive answers");
            }
            audit.record(AuditEvent.succeeded("IAPI_ANSWER_READ", "iapi-answer", id.toString()));
            return a;
        }
        requireCarrier(a.carrier());
        return withoutReasons(a);
    }

    /** Answers given for flights on a day, newest first, for the authority (audited). */
    public List<StoredAnswer> answers(LocalDate date) {
        List<StoredAnswer> list = jdbc.sql("SELECT * FROM iapi_answer WHERE flight_date = :d ORDER BY answered_at DESC")
                .param("d", date).query(InteractiveApi::answer).list();
        audit.record(AuditEvent.succeeded("IAPI_ANSWERS_READ", "iapi-answer", null).withDetails(date + ": " + list.size()));
        return list;
    }

    /** An authorised officer replaces the answer, giving a reason; the stale version is refused (409). */
    public StoredAnswer override(UUID id, BoardingAnswer answer, String reason, long version) {
        var officer = current.officer().filter(o -> o.hasAny(Role.SECONDARY_OFFICER, Role.SUPERVISOR))
                .orElseThrow(() -> new AccessDeniedException("Secondary officers and supervisors override answers"));
        if (answer == null) {
            throw InvalidRequestException.field("answer", "The answer is BOARD, DO_NOT_BOARD or CONTACT_AUTHORITY.");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidRequestException.field("reason", "Say why the answer is overridden.");
        }
        return inTransaction.execute(tx -> {
            StoredAnswer a = find(id).orElseThrow(() -> new RecordNotFoundException("iapi-answer", id.toString()));
            int updated = jdbc.sql("""
                    UPDATE iapi_answer SET original_answer = COALESCE(original_answer, answer), answer = :answer,
                        overridden_by = :by, overridden_at = :at, override_reason = :reason, version = version + 1
                    WHERE id = :id AND version = :version""")
                    .param("answer", answer.name()).param("by", officer.username())
                    .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).param("reason", cut(reason.strip(), 2000))
                    .param("id", id).param("version", version).update();
            if (updated == 0) {
                throw new ConcurrentEditException("iapi-answer", id.toString(), a.version());
            }
            audit.record(AuditEvent.succeeded("IAPI_ANSWER_OVERRIDDEN", "iapi-answer", id.toString())
                    .withDetails(a.answer() + " -> " + answer + ": " + reason.strip()));
            return find(id).orElseThrow();
        });
    }

    private Optional<StoredAnswer> find(UUID id) {
        return jdbc.sql("SELECT * FROM iapi_answer WHERE id = :id").param("id", id).query(InteractiveApi::answer).optional();
    }

    private static StoredAnswer withoutReasons(StoredAnswer a) {
        return new StoredAnswer(a.id(), a.carrier(), a.flight(), a.flightDate(), a.arrivalPort(), a.surname(),
                a.givenNames(), a.documentType(), a.documentNumber(), a.documentIssuer(), a.answer(), List.of(), List.of(),
                a.answeredAt(), a.client(), null, null, null, null, a.version());
    }

    private void requireCarrier(String carrier) {
        var officer = current.officer();
        if (officer.isPresent()) {
            if (!officer.get().roles().contains(Role.ADMINISTRATOR)) {
                throw new AccessDeniedException("Interactive requests come from carriers set up for them");
            }
            return;
        }
        ApiClientIdentity client = current.apiClient().orElseThrow(() -> new AccessDeniedException("No caller"));
        if (!client.may(ApiScope.INTERACTIVE_API)) {
            throw new AccessDeniedException("This carrier is not set up for the interactive API");
        }
        if (client.carrierCode() == null || carrier == null || !client.carrierCode().trim().equalsIgnoreCase(carrier.trim())) {
            throw new AccessDeniedException("This token asks for carrier " + client.carrierCode() + ", not for " + carrier);
        }
    }

    private String who() {
        return current.officer().map(o -> "officer:" + o.username())
                .or(() -> current.apiClient().map(c -> "client:" + c.name())).orElse("unknown");
    }

    private static List<UUID> hitIds(AlertScreeningResult r) {
        List<UUID> ids = new java.util.ArrayList<>();
        r.personHits().forEach(h -> ids.add(h.hitId()));
        r.documentHits().forEach(h -> ids.add(h.hitId()));
        return ids;
    }

    private static StoredAnswer answer(ResultSet rs, int row) throws SQLException {
        String original = rs.getString("original_answer");
        var overriddenAt = rs.getTimestamp("overridden_at");
        return new StoredAnswer(rs.getObject("id", UUID.class), rs.getString("carrier"), rs.getString("flight_number"),
                rs.getObject("flight_date", LocalDate.class), rs.getString("arrival_port"), rs.getString("surname"),
                rs.getString("given_names"), rs.getString("document_type"), rs.getString("document_number"),
                rs.getString("document_issuer"), BoardingAnswer.valueOf(rs.getString("answer")),
                ManifestStore.lines(rs.getString("reasons")), ManifestStore.ids(rs.getString("hit_ids")),
                rs.getTimestamp("answered_at").toInstant(), rs.getString("client"), rs.getString("overridden_by"),
                overriddenAt == null ? null : overriddenAt.toInstant(), rs.getString("override_reason"),
                original == null ? null : BoardingAnswer.valueOf(original), rs.getLong("version"));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
