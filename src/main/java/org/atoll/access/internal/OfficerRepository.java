package org.atoll.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.atoll.access.AgencyCode;
import org.atoll.access.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OfficerRepository {

    private final JdbcClient jdbc;

    OfficerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM officer").query(Long.class).single();
    }

    public Optional<Officer> findByUsername(String username) {
        List<Officer> found = load("SELECT * FROM officer WHERE username = :u", Map.of("u", username));
        return found.stream().findFirst();
    }

    /**
     * The officer an unexpired token (by its hash) belongs to, with roles, in one statement: every
     * API call asks this, so the token, the account and its roles come in one round trip.
     */
    public Optional<Officer> findByTokenHash(String tokenHash, Instant now) {
        record WithRole(Row officer, String role) {
        }
        List<WithRole> rows = jdbc.sql("""
                SELECT o.*, r.role FROM officer_token t JOIN officer o ON o.id = t.officer_id
                    LEFT JOIN officer_role r ON r.officer_id = o.id
                WHERE t.token_hash = :h AND t.expires_at > :now""")
                .param("h", tokenHash).param("now", ts(now))
                .query((rs, n) -> new WithRole(row(rs, n), rs.getString("role"))).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.stream().map(WithRole::role).filter(Objects::nonNull).forEach(r -> roles.add(Role.valueOf(r)));
        return Optional.of(rows.get(0).officer().toOfficer(roles));
    }

    public List<Officer> findAll() {
        return load("SELECT * FROM officer ORDER BY username", Map.of());
    }

    public void insert(Officer o) {
        jdbc.sql("""
                INSERT INTO officer (id, username, full_name, agency_code, password_hash, enabled, failed_sign_ins,
                    locked_until, password_changed_at, created_at, version)
                VALUES (:id, :username, :fullName, :agency, :hash, :enabled, 0, NULL, :changed, :created, 0)""")
                .param("id", o.id()).param("username", o.username()).param("fullName", o.fullName())
                .param("agency", o.agency().value()).param("hash", o.passwordHash()).param("enabled", o.enabled())
                .param("changed", ts(o.passwordChangedAt())).param("created", ts(o.createdAt()))
                .update();
        writeRoles(o.id(), o.roles());
    }

    /** Updates profile fields if the stored version is still {@code expectedVersion}; false when it is not. */
    public boolean update(Officer o, int expectedVersion) {
        int rows = jdbc.sql("""
                UPDATE officer SET full_name = :fullName, agency_code = :agency, enabled = :enabled,
                    password_hash = :hash, password_changed_at = :changed, failed_sign_ins = :failed,
                    locked_until = :locked, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("fullName", o.fullName()).param("agency", o.agency().value()).param("enabled", o.enabled())
                .param("hash", o.passwordHash()).param("changed", ts(o.passwordChangedAt()))
                .param("failed", o.failedSignIns()).param("locked", ts(o.lockedUntil()))
                .param("id", o.id()).param("version", expectedVersion)
                .update();
        if (rows == 1) {
            writeRoles(o.id(), o.roles());
        }
        return rows == 1;
    }

    /** Counts a failed sign-in and locks the account when the count reaches {@code maxFailures}. */
    public void recordFailedSignIn(String username, int maxFailures, Instant lockUntil) {
        jdbc.sql("UPDATE officer SET failed_sign_ins = failed_sign_ins + 1 WHERE username = :u")
                .param("u", username).update();
        jdbc.sql("UPDATE officer SET locked_until = :until, failed_sign_ins = 0 WHERE username = :u AND failed_sign_ins >= :max")
                .param("until", ts(lockUntil)).param("u", username).param("max", maxFailures).update();
    }

    public void recordSuccessfulSignIn(String username) {
        jdbc.sql("UPDATE officer SET failed_sign_ins = 0, locked_until = NULL WHERE username = :u AND (failed_sign_ins <> 0 OR locked_until IS NOT NULL)")
                .param("u", username).update();
    }

    private void writeRoles(UUID officerId, Set<Role> roles) {
        jdbc.sql("DELETE FROM officer_role WHERE officer_id = :id").param("id", officerId).update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO officer_role (officer_id, role) VALUES (:id, :role)")
                    .param("id", officerId).param("role", role.name()).update();
        }
    }

    private List<Officer> load(String sql, Map<String, ?> params) {
        List<Row> rows = jdbc.sql(sql).params(params).query(OfficerRepository::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, Set<Role>> roles = new HashMap<>();
        jdbc.sql("SELECT officer_id, role FROM officer_role WHERE officer_id IN (:ids)")
                .param("ids", rows.stream().map(Row::id).toList()).query(rs -> {
            roles.computeIfAbsent(rs.getObject("officer_id", UUID.class), k -> EnumSet.noneOf(Role.class))
                    .add(Role.valueOf(rs.getString("role")));
        });
        List<Officer> result = new ArrayList<>(rows.size());
        for (Row r : rows) {
            result.add(r.toOfficer(roles.getOrDefault(r.id, Set.of())));
        }
        return result;
    }

    private record Row(UUID id, String username, String fullName, String agency, String hash, boolean enabled,
                       int failed, Instant lockedUntil, Instant changed, Instant created, int version) {

        Officer toOfficer(Set<Role> roles) {
            return new Officer(id, username, fullName, new AgencyCode(agency), hash, enabled, failed, lockedUntil, changed,
                    created, roles, version);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("full_name"),
                rs.getString("agency_code"), rs.getString("password_hash"), rs.getBoolean("enabled"),
                rs.getInt("failed_sign_ins"), instant(rs, "locked_until"), instant(rs, "password_changed_at"),
                instant(rs, "created_at"), rs.getInt("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime ts(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
