package org.atoll.reference.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of the reference tables, as column maps, with their id and version. */
@Repository
public class ReferenceStore {

    public record Row(UUID id, Map<String, Object> values, String editedBy, int version) {
        public String text(String column) {
            Object v = values.get(column);
            return v == null ? "" : v.toString();
        }
    }

    private final JdbcClient jdbc;

    ReferenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> all(ReferenceKind kind) {
        return jdbc.sql("SELECT * FROM " + kind.table() + " ORDER BY " + kind.naturalKey() + ", valid_from")
                .query((rs, n) -> {
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (String c : kind.columns()) {
                        Object v = rs.getObject(c);
                        values.put(c, v instanceof Date d ? d.toLocalDate() : v);
                    }
                    return new Row(rs.getObject("id", UUID.class), values, rs.getString("edited_by"), rs.getInt("version"));
                }).list();
    }

    public Optional<Row> find(ReferenceKind kind, UUID id) {
        return all(kind).stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public boolean exists(ReferenceKind kind, Object naturalKey, LocalDate validFrom) {
        return jdbc.sql("SELECT COUNT(*) FROM " + kind.table() + " WHERE " + kind.naturalKey() + " = :k AND valid_from = :f")
                .param("k", naturalKey).param("f", validFrom).query(Long.class).single() > 0;
    }

    public UUID insert(ReferenceKind kind, Map<String, Object> values, String editedBy) {
        UUID id = UUID.randomUUID();
        List<String> cols = new ArrayList<>(kind.columns());
        String sql = "INSERT INTO " + kind.table() + " (id, edited_by, version, " + String.join(", ", cols) + ") VALUES (:id, :editedBy, 0, "
                + String.join(", ", cols.stream().map(c -> ":" + c).toList()) + ")";
        var spec = jdbc.sql(sql).param("id", id).param("editedBy", editedBy);
        for (String c : cols) {
            spec = spec.param(c, values.get(c));
        }
        spec.update();
        return id;
    }

    public boolean update(ReferenceKind kind, UUID id, Map<String, Object> values, String editedBy, int expectedVersion) {
        String sets = String.join(", ", kind.columns().stream().map(c -> c + " = :" + c).toList());
        var spec = jdbc.sql("UPDATE " + kind.table() + " SET " + sets + ", edited_by = :editedBy, version = version + 1 WHERE id = :id AND version = :version")
                .param("id", id).param("editedBy", editedBy).param("version", expectedVersion);
        for (String c : kind.columns()) {
            spec = spec.param(c, values.get(c));
        }
        return spec.update() == 1;
    }

    public Optional<String> loadedVersion(String dataset) {
        return jdbc.sql("SELECT version FROM reference_dataset WHERE name = :n").param("n", dataset).query(String.class).optional();
    }

    public void markLoaded(String dataset, String version, String checksum, java.time.Instant at) {
        jdbc.sql("DELETE FROM reference_dataset WHERE name = :n").param("n", dataset).update();
        jdbc.sql("INSERT INTO reference_dataset (name, version, checksum, loaded_at) VALUES (:n, :v, :c, :t)")
                .param("n", dataset).param("v", version).param("c", checksum)
                .param("t", java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC)).update();
    }
}
