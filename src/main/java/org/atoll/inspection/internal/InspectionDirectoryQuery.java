package org.atoll.inspection.internal;

import java.util.UUID;

import org.atoll.inspection.InspectionDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The inspection table answering whether an inspection exists (any status: a refused one was real too). */
@Component
class InspectionDirectoryQuery implements InspectionDirectory {

    private final JdbcClient jdbc;

    InspectionDirectoryQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean inspectionExists(UUID inspectionId) {
        return inspectionId != null && jdbc.sql("SELECT COUNT(*) FROM inspection WHERE id = :id")
                .param("id", inspectionId).query(Long.class).single() > 0;
    }
}
