package org.atoll.access.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.atoll.access.AgencyCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AgencyRepository {

    private final JdbcClient jdbc;

    AgencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Agency> findAll() {
        return jdbc.sql("SELECT code, name, active, version FROM agency ORDER BY code")
                .query((rs, n) -> new Agency(new AgencyCode(rs.getString(1)), rs.getString(2), rs.getBoolean(3), rs.getInt(4)))
                .list();
    }

    public Optional<Agency> find(AgencyCode code) {
        return findAll().stream().filter(a -> a.code().equals(code)).findFirst();
    }

    public void insert(Agency agency, Instant now) {
        jdbc.sql("INSERT INTO agency (code, name, active, created_at, version) VALUES (:c, :n, :a, :t, 0)")
                .param("c", agency.code().value()).param("n", agency.name()).param("a", agency.active())
                .param("t", OfficerRepository.ts(now)).update();
    }

    public boolean update(Agency agency, int expectedVersion) {
        return jdbc.sql("UPDATE agency SET name = :n, active = :a, version = version + 1 WHERE code = :c AND version = :v")
                .param("n", agency.name()).param("a", agency.active()).param("c", agency.code().value())
                .param("v", expectedVersion).update() == 1;
    }
}
