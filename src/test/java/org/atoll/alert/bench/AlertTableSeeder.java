package org.atoll.alert.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.atoll.TestDates;
import org.atoll.alert.model.AlertFields;
import org.atoll.alert.screening.BirthDateRange;
import org.atoll.alert.screening.NameKind;
import org.atoll.alert.screening.WatchlistEntry;
import org.atoll.alert.screening.WatchlistName;

import tools.jackson.databind.json.JsonMapper;

/**
 * Loads synthetic person alerts ({@link SyntheticWatchlist}, same seed as the screening benchmarks)
 * straight into the {@code alert} table of a migrated Atoll database, in JDBC batches, for load
 * tests of a running Atoll (the booth benchmark wants 1,000,000 alerts). Each row is an ACTIVE
 * agency alert owned by IMMIGRATION with the stored content the application itself writes.
 * Skips what is already there (references {@code SYN-n}), so it can be re-run.
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.atoll.alert.bench.AlertTableSeeder \
 *     jdbc:postgresql://127.0.0.1:5432/atoll_bench postgres "" 1000000
 * </pre>
 */
public final class AlertTableSeeder {

    private static final long SEED = 20260227L;
    private static final int BATCH = 2_000;

    private AlertTableSeeder() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: AlertTableSeeder <jdbc-url> <user> <password> <count>");
            System.exit(2);
        }
        int count = Integer.parseInt(args[3]);
        long started = System.nanoTime();
        JsonMapper json = JsonMapper.builder().build();
        List<WatchlistEntry> persons = SyntheticWatchlist.persons(count, SEED);
        Instant now = Instant.now();
        Timestamp at = Timestamp.from(now);
        LocalDate validFrom = TestDates.today().minusYears(1);
        LocalDate review = TestDates.today().plusYears(2);
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            c.setAutoCommit(false);
            int existing;
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT COUNT(*) FROM alert WHERE source = 'AGENCY' AND external_reference LIKE 'SYN-%'")) {
                rs.next();
                existing = rs.getInt(1);
            }
            try (PreparedStatement alert = c.prepareStatement("""
                    INSERT INTO alert (id, kind, status, source, external_reference, category, owning_agency, action_on_hit,
                        sensitivity, shared_in_full, valid_from, valid_until, review_date, title, search_text, content,
                        created_at, created_by, updated_at, updated_by, version)
                    VALUES (?, 'PERSON', 'ACTIVE', 'AGENCY', ?, 'REFUSE_ENTRY', 'IMMIGRATION', 'REFER_TO_SECONDARY',
                        'OFFICIAL', TRUE, ?, NULL, ?, ?, ?, ?, ?, 'seeder', ?, 'seeder', 1)""");
                 PreparedStatement change = c.prepareStatement(
                         "INSERT INTO alert_change (alert_id, alert_version, changed_at) VALUES (?, 1, ?)")) {
                int pending = 0;
                for (int i = existing; i < persons.size(); i++) {
                    WatchlistEntry p = persons.get(i);
                    List<AlertFields.NameFields> names = new ArrayList<>();
                    for (WatchlistName n : p.names()) {
                        names.add(new AlertFields.NameFields(n.text(), null, null,
                                n.kind() == NameKind.PRIMARY ? "PRIMARY" : "ALIAS", n.originalScript()));
                    }
                    List<String> dates = p.datesOfBirth().stream().map(BirthDateRange::toString).toList();
                    List<String> nationalities = p.nationalities().stream().map(n -> n.value()).toList();
                    String sex = switch (p.sex()) { case MALE -> "M"; case FEMALE -> "F"; default -> null; };
                    AlertFields fields = new AlertFields("PERSON", p.externalReference(), "REFUSE_ENTRY",
                            "Synthetic alert for load tests", "Load test (no legal effect)", "IMMIGRATION",
                            "REFER_TO_SECONDARY", "Immigration duty officer", List.of(), List.of(), validFrom.toString(),
                            null, review.toString(), "OFFICIAL", List.of(), true,
                            new AlertFields.PersonFields(names, dates, null, nationalities, sex, List.of(), null), null);
                    String title = p.names().get(0).text();
                    alert.setObject(1, p.alertId());
                    alert.setString(2, p.externalReference());
                    alert.setObject(3, validFrom);
                    alert.setObject(4, review);
                    alert.setString(5, title.length() <= 300 ? title : title.substring(0, 300));
                    alert.setString(6, (p.externalReference() + " " + title).toLowerCase(Locale.ROOT));
                    alert.setString(7, json.writeValueAsString(fields));
                    alert.setTimestamp(8, at);
                    alert.setTimestamp(9, at);
                    alert.addBatch();
                    change.setObject(1, p.alertId());
                    change.setTimestamp(2, at);
                    change.addBatch();
                    if (++pending == BATCH) {
                        alert.executeBatch();
                        change.executeBatch();
                        c.commit();
                        pending = 0;
                    }
                }
                alert.executeBatch();
                change.executeBatch();
                c.commit();
            }
            System.out.printf("%,d synthetic person alerts in place (%,d were already) in %.1f s%n", persons.size(), existing,
                    (System.nanoTime() - started) / 1e9);
        }
    }
}
