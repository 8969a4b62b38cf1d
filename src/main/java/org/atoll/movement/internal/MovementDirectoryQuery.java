package org.atoll.movement.internal;

import java.util.UUID;

import org.atoll.movement.MovementDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers whether a movement or a traveller exists, for links from other modules; reveals nothing else. */
@Component
class MovementDirectoryQuery implements MovementDirectory {

    private final JdbcClient jdbc;

    MovementDirectoryQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean movementExists(UUID movementId) {
        return jdbc.sql("SELECT COUNT(*) FROM movement WHERE id = :id").param("id", movementId).query(Long.class).single() > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean travellerExists(UUID travellerId) {
        return jdbc.sql("SELECT COUNT(*) FROM traveller WHERE id = :id").param("id", travellerId).query(Long.class).single() > 0;
    }
}
