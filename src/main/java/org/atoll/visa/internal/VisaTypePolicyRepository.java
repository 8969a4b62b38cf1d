package org.atoll.visa.internal;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Per visa type: whether a refusal needs a supervisor's approval. Types not listed do not. */
@Repository
public class VisaTypePolicyRepository {

    public record VisaTypePolicy(String visaType, boolean refusalNeedsSupervisor, long version) {
    }

    private final JdbcClient jdbc;

    VisaTypePolicyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<VisaTypePolicy> all() {
        return jdbc.sql("SELECT * FROM visa_type_policy ORDER BY visa_type")
                .query((rs, n) -> new VisaTypePolicy(rs.getString("visa_type"), rs.getBoolean("refusal_needs_supervisor"),
                        rs.getLong("version")))
                .list();
    }

    public boolean refusalNeedsSupervisor(String visaType) {
        return jdbc.sql("SELECT refusal_needs_supervisor FROM visa_type_policy WHERE visa_type = :t").param("t", visaType)
                .query(Boolean.class).optional().orElse(false);
    }

    /** Sets the rule for a type; false when {@code expectedVersion} is given and no longer current. */
    public boolean put(String visaType, boolean needsSupervisor, Long expectedVersion) {
        int updated = jdbc.sql("UPDATE visa_type_policy SET refusal_needs_supervisor = :v, version = version + 1 "
                        + "WHERE visa_type = :t" + (expectedVersion == null ? "" : " AND version = :version"))
                .params(expectedVersion == null ? Map.of("v", needsSupervisor, "t", visaType)
                        : Map.of("v", needsSupervisor, "t", visaType, "version", expectedVersion))
                .update();
        if (updated == 1) {
            return true;
        }
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM visa_type_policy WHERE visa_type = :t").param("t", visaType)
                .query(Long.class).single() > 0;
        if (exists) {
            return false;
        }
        jdbc.sql("INSERT INTO visa_type_policy (visa_type, refusal_needs_supervisor, version) VALUES (:t, :v, 0)")
                .param("t", visaType).param("v", needsSupervisor).update();
        return true;
    }
}
