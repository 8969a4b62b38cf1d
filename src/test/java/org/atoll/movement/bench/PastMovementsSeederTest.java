package org.atoll.movement.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The seeder on an in-memory database: the rows it writes make a consistent movement record. */
class PastMovementsSeederTest {

    @Test
    void seededMovementsPairIntoStaysAndReachTheCountAsked() throws Exception {
        String url = "jdbc:h2:mem:seed-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        LocalDate today = LocalDate.of(2026, 11, 28);
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.setAutoCommit(false);

            PastMovementsSeeder.Counts counts = new PastMovementsSeeder(7L, today).load(connection, 3_000);

            assertThat(counts.movements).isEqualTo(3_000);
            assertThat(count(connection, "SELECT COUNT(*) FROM movement")).isEqualTo(3_000);
            assertThat(count(connection, "SELECT COUNT(*) FROM stay")).isEqualTo(counts.stays);
            // every stay has its entry; every closed stay its exit, after or on the entry day
            assertThat(count(connection, "SELECT COUNT(*) FROM movement WHERE direction = 'ENTRY'")).isEqualTo(counts.stays);
            assertThat(count(connection, "SELECT COUNT(*) FROM movement WHERE direction = 'EXIT'"))
                    .isEqualTo(counts.stays - counts.openStays);
            assertThat(count(connection, "SELECT COUNT(*) FROM stay WHERE departed < entered")).isZero();
            assertThat(count(connection, "SELECT COUNT(*) FROM stay WHERE entered >= DATE '2026-11-28'")).isZero();
            assertThat(count(connection, "SELECT COUNT(DISTINCT source) FROM movement")).isEqualTo(3_000);
            assertThat(count(connection, "SELECT COUNT(*) FROM movement m JOIN traveller_document d "
                    + "ON d.document_number = m.document_number AND d.traveller_id = m.traveller_id")).isEqualTo(3_000);
            assertThat(counts.travellers).isBetween(300L, 1_500L);
        }
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
