package org.atoll.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.atoll.InvalidRequestException;
import org.atoll.InvalidRequestException.FieldProblem;
import org.atoll.RecordNotFoundException;
import org.atoll.access.AgencyCode;
import org.atoll.access.ApiClientIdentity;
import org.atoll.access.ApiScope;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Officers' short-lived tokens and machine clients' long-lived, scoped, revocable tokens. */
@Service
public class TokenService {

    static final String OFFICER_PREFIX = "ato_";
    static final String CLIENT_PREFIX = "atc_";

    private final JdbcClient jdbc;
    private final OfficerRepository officers;
    private final AgencyRepository agencies;
    private final AccessProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    TokenService(JdbcClient jdbc, OfficerRepository officers, AgencyRepository agencies, AccessProperties properties,
                 AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.officers = officers;
        this.agencies = agencies;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    public record IssuedToken(String token, Instant expiresAt) {
    }

    public record ApiClient(UUID id, String name, String agency, String carrierCode, Set<ApiScope> scopes,
                            String tokenPrefix, String createdBy, Instant createdAt, Instant expiresAt,
                            Instant revokedAt, Instant lastUsedAt) {
        public boolean active(Instant now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    public record NewApiClient(String name, String agency, String carrierCode, List<String> scopes, Instant expiresAt) {
    }

    public record CreatedApiClient(ApiClient client, String token) {
    }

    @Transactional
    public IssuedToken issueOfficerToken(OfficerPrincipal officer) {
        Officer stored = officers.findByUsername(officer.getUsername()).orElseThrow();
        Instant now = clock.instant();
        Instant expires = now.plus(properties.officerTokenTtl());
        String token = Tokens.newToken(OFFICER_PREFIX);
        jdbc.sql("INSERT INTO officer_token (token_hash, officer_id, issued_at, expires_at) VALUES (:h, :o, :i, :e)")
                .param("h", Tokens.hash(token)).param("o", stored.id())
                .param("i", OfficerRepository.ts(now)).param("e", OfficerRepository.ts(expires)).update();
        audit.record(AuditEvent.succeeded("API_TOKEN_ISSUED", "officer", officer.getUsername()));
        return new IssuedToken(token, expires);
    }

    /** The officer a token belongs to, if it is unexpired and the account is usable. */
    public Optional<OfficerPrincipal> officerFor(String token) {
        if (!token.startsWith(OFFICER_PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return officers.findByTokenHash(Tokens.hash(token), now)
                .filter(o -> o.enabled() && !o.lockedAt(now))
                .map(o -> new OfficerPrincipal(o.identity(), o.passwordHash(), true, false));
    }

    public Optional<ApiClientIdentity> clientFor(String token) {
        if (!token.startsWith(CLIENT_PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiClient> client = jdbc.sql("SELECT * FROM api_client WHERE token_hash = :h")
                .param("h", Tokens.hash(token)).query(this::mapClient).optional()
                .filter(c -> c.active(now));
        client.ifPresent(c -> jdbc.sql("UPDATE api_client SET last_used_at = :now WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :stale)")
                .param("now", OfficerRepository.ts(now)).param("id", c.id())
                .param("stale", OfficerRepository.ts(now.minusSeconds(60))).update());
        return client.map(c -> new ApiClientIdentity(c.id(), c.name(), c.carrierCode(), c.scopes()));
    }

    public List<ApiClient> clients() {
        return jdbc.sql("SELECT * FROM api_client ORDER BY created_at DESC").query(this::mapClient).list();
    }

    @Transactional
    public CreatedApiClient createClient(NewApiClient request, String createdBy) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            problems.add(new FieldProblem("name", "Name the client (at most 200 characters), e.g. the airline."));
        }
        String agency = null;
        if (request.agency() != null && !request.agency().isBlank()) {
            try {
                AgencyCode code = AgencyCode.of(request.agency());
                if (agencies.find(code).isEmpty()) {
                    problems.add(new FieldProblem("agency", "Unknown agency: " + request.agency()));
                }
                agency = code.value();
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("agency", "Unknown agency: " + request.agency()));
            }
        }
        String carrier = request.carrierCode() == null || request.carrierCode().isBlank() ? null
                : request.carrierCode().trim().toUpperCase(Locale.ROOT);
        if (carrier != null && !carrier.matches("[A-Z0-9]{2,3}")) {
            problems.add(new FieldProblem("carrierCode", "A carrier code is the IATA (2) or ICAO (3) designator."));
        }
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        if (request.scopes() == null || request.scopes().isEmpty()) {
            problems.add(new FieldProblem("scopes", "Give the client at least one scope."));
        } else {
            for (String s : request.scopes()) {
                try {
                    scopes.add(ApiScope.valueOf(s.trim().toUpperCase(Locale.ROOT)));
                } catch (RuntimeException e) {
                    problems.add(new FieldProblem("scopes", "Unknown scope: " + s));
                }
            }
        }
        if ((scopes.contains(ApiScope.MANIFEST_SUBMIT) || scopes.contains(ApiScope.INTERACTIVE_API)) && carrier == null) {
            problems.add(new FieldProblem("carrierCode", "A client that submits manifests must name its carrier."));
        }
        Instant now = clock.instant();
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
            problems.add(new FieldProblem("expiresAt", "The expiry must lie in the future."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("The API client cannot be created: " + problems.get(0).message(), problems);
        }
        String token = Tokens.newToken(CLIENT_PREFIX);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO api_client (id, name, agency_code, carrier_code, scopes, token_hash, token_prefix, created_by, created_at, expires_at)
                VALUES (:id, :name, :agency, :carrier, :scopes, :hash, :prefix, :by, :at, :expires)""")
                .param("id", id).param("name", name).param("agency", agency).param("carrier", carrier)
                .param("scopes", String.join(",", scopes.stream().map(Enum::name).toList()))
                .param("hash", Tokens.hash(token)).param("prefix", token.substring(0, 10))
                .param("by", createdBy).param("at", OfficerRepository.ts(now))
                .param("expires", OfficerRepository.ts(request.expiresAt())).update();
        audit.record(AuditEvent.succeeded("API_CLIENT_CREATED", "api-client", id.toString())
                .withDetails(name + " scopes=" + scopes + (carrier == null ? "" : " carrier=" + carrier)));
        return new CreatedApiClient(client(id), token);
    }

    @Transactional
    public ApiClient revoke(UUID id) {
        ApiClient client = client(id);
        if (client.revokedAt() == null) {
            jdbc.sql("UPDATE api_client SET revoked_at = :now WHERE id = :id")
                    .param("now", OfficerRepository.ts(clock.instant())).param("id", id).update();
            audit.record(AuditEvent.succeeded("API_CLIENT_REVOKED", "api-client", id.toString()).withDetails(client.name()));
        }
        return client(id);
    }

    public ApiClient client(UUID id) {
        return jdbc.sql("SELECT * FROM api_client WHERE id = :id").param("id", id).query(this::mapClient).optional()
                .orElseThrow(() -> new RecordNotFoundException("API client", id.toString()));
    }

    @Scheduled(fixedDelayString = "PT10M")
    void removeExpiredOfficerTokens() {
        jdbc.sql("DELETE FROM officer_token WHERE expires_at < :now")
                .param("now", OfficerRepository.ts(clock.instant())).update();
    }

    private ApiClient mapClient(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        for (String s : rs.getString("scopes").split(",")) {
            if (!s.isBlank()) {
                scopes.add(ApiScope.valueOf(s));
            }
        }
        return new ApiClient(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("agency_code"),
                rs.getString("carrier_code"), scopes, rs.getString("token_prefix"), rs.getString("created_by"),
                OfficerRepository.instant(rs, "created_at"), OfficerRepository.instant(rs, "expires_at"),
                OfficerRepository.instant(rs, "revoked_at"), OfficerRepository.instant(rs, "last_used_at"));
    }
}
