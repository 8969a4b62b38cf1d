package org.atoll.movement.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.atoll.movement.domain.PersonKey;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads synthetic past movements for the inspection load test: travellers (some with a renewed
 * passport), their entries and exits in pairs over the last three years, the stays those pairs
 * make (a few still open, some of them past their permitted date), written straight into the
 * movement tables. On PostgreSQL the rows go in with {@code COPY ... FROM STDIN} in chunks; on
 * any other database with JDBC batches. Seeded: the same arguments load the same rows.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.atoll.movement.bench.PastMovementsSeeder \
 *     --url jdbc:postgresql://127.0.0.1:5432/atoll_bench --user postgres --password '' \
 *     [--movements 1000000] [--seed 20261128] [--migrate]
 * </pre>
 * {@code --migrate} applies the application's Flyway migrations first (an empty database).
 */
public final class PastMovementsSeeder {

    static final ZoneId PALAU = ZoneId.of("Pacific/Palau");
    static final int CHUNK_TRAVELLERS = 5_000;

    /** Palau's arrivals by nationality, roughly: Taiwan, Japan, Korea, the US, China, then the region and the rest. */
    static final String[][] NATIONALITIES = {
            {"TWN", "30"}, {"JPN", "14"}, {"KOR", "12"}, {"USA", "12"}, {"CHN", "8"}, {"PHL", "6"}, {"FSM", "3"},
            {"AUS", "3"}, {"D", "2"}, {"GBR", "1"}, {"MHL", "1"}, {"BGD", "1"}, {"RUS", "1"}, {"FRA", "1"},
            {"CAN", "1"}, {"NZL", "1"}, {"HKG", "1"}, {"IDN", "1"}, {"THA", "1"}};
    static final String[] SURNAMES = {"CHEN", "LIN", "HUANG", "WANG", "SATO", "SUZUKI", "TANAKA", "KIM", "LEE", "PARK",
            "SMITH", "JOHNSON", "WILLIAMS", "LI", "ZHANG", "SANTOS", "REYES", "CRUZ", "NGIRAKED", "REMENGESAU", "TELLEI",
            "MUELLER", "SCHMIDT", "BROWN", "TAYLOR", "IVANOV", "RAHMAN", "MARTIN", "NGUYEN", "WONG", "TAN", "SUZUKI"};
    static final String[] GIVEN = {"WEI", "YU TING", "HIROSHI", "YUKI", "MIN JUN", "JI WOO", "JOHN", "MARY", "MICHAEL",
            "JENNIFER", "JUAN", "MARIA", "ANNA", "PETER", "SARAH", "KENJI", "HANA", "DAVID", "EMMA", "OLIVER", "LUCAS",
            "SOFIA", "IGOR", "AMINUL", "CLAIRE", "MEI", "JOSE", "ISABEL", "THOMAS", "NOAH"};
    static final String[][] CARRIERS = {{"UA", "AIR"}, {"CI", "AIR"}, {"BR", "AIR"}, {"KE", "AIR"}, {"NH", "AIR"},
            {"7C", "AIR"}, {"CRUISE", "SEA"}, {"YACHT", "SEA"}};

    private final Random random;
    private final LocalDate today;
    private final int[] nationalityWeights;
    private final int totalWeight;
    private long documentSequence;

    PastMovementsSeeder(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
        this.nationalityWeights = new int[NATIONALITIES.length];
        int total = 0;
        for (int i = 0; i < NATIONALITIES.length; i++) {
            total += Integer.parseInt(NATIONALITIES[i][1]);
            nationalityWeights[i] = total;
        }
        this.totalWeight = total;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String url = options.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/atoll_bench");
        String user = options.getOrDefault("user", "postgres");
        String password = options.getOrDefault("password", "");
        long target = Long.parseLong(options.getOrDefault("movements", "1000000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "20261128"));
        if (options.containsKey("migrate")) {
            Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        }
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            Counts counts = new PastMovementsSeeder(seed, LocalDate.now(PALAU)).load(connection, target);
            connection.commit();
            System.out.printf(Locale.ROOT, "%,d movements, %,d stays (%,d open), %,d travellers, %,d documents in %.1f s%n",
                    counts.movements, counts.stays, counts.openStays, counts.travellers, counts.documents,
                    (System.nanoTime() - started) / 1e9);
        }
    }

    static final class Counts {
        long movements;
        long stays;
        long openStays;
        long travellers;
        long documents;
    }

    /** The rows of one chunk of travellers, table by table, in the order foreign keys need. */
    static final class Chunk {
        final List<Object[]> travellers = new ArrayList<>();
        final List<Object[]> documents = new ArrayList<>();
        final List<Object[]> movements = new ArrayList<>();
        final List<Object[]> stays = new ArrayList<>();
    }

    Counts load(Connection connection, long targetMovements) throws SQLException, IOException {
        Sink sink = connection.isWrapperFor(PGConnection.class)
                ? new CopySink(connection.unwrap(PGConnection.class).getCopyAPI())
                : new BatchSink(connection);
        Counts counts = new Counts();
        while (counts.movements < targetMovements) {
            Chunk chunk = new Chunk();
            for (int i = 0; i < CHUNK_TRAVELLERS && counts.movements + chunk.movements.size() < targetMovements; i++) {
                traveller(chunk, targetMovements - counts.movements - chunk.movements.size());
            }
            sink.write(chunk);
            counts.movements += chunk.movements.size();
            counts.stays += chunk.stays.size();
            counts.openStays += chunk.stays.stream().filter(s -> s[5] == null).count();
            counts.travellers += chunk.travellers.size();
            counts.documents += chunk.documents.size();
            connection.commit();
        }
        return counts;
    }

    /** One traveller with one to five trips (an entry and an exit each), the last possibly still open. */
    private void traveller(Chunk chunk, long movementsLeft) {
        UUID travellerId = uuid();
        String nationality = nationality();
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        String given = GIVEN[random.nextInt(GIVEN.length)];
        LocalDate born = LocalDate.of(1940 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String sex = random.nextBoolean() ? "FEMALE" : "MALE";
        boolean crew = random.nextInt(20) == 0;
        Instant created = today.minusYears(3).atStartOfDay(PALAU).toInstant();
        // the person key is unique: a synthetic namesake would make two people one, so keys carry the sequence
        String key = PersonKey.of(surname, given, java.util.Optional.of(born), nationality).orElseThrow() + "|" + documentSequence;
        chunk.travellers.add(new Object[] {travellerId, surname, given, nationality, born, sex, key, ts(created)});
        String[] document = document(chunk, travellerId, nationality, created);
        int trips = (int) Math.min(1 + random.nextInt(5), Math.max(1, (movementsLeft + 1) / 2));
        long added = 0;
        LocalDate day = today.minusDays(1095 - random.nextInt(200));
        for (int trip = 0; trip < trips && day.isBefore(today.minusDays(2)); trip++) {
            if (trip > 0 && random.nextInt(10) == 0) {
                document = document(chunk, travellerId, nationality, day.atStartOfDay(PALAU).toInstant());
            }
            int stayDays = crew ? 1 + random.nextInt(3) : 2 + random.nextInt(random.nextInt(10) == 0 ? 80 : 14);
            int permitted = crew ? 7 : (nationality.equals("FSM") || nationality.equals("MHL") ? 365 : 30);
            LocalDate permittedUntil = day.plusDays(permitted - 1L);
            LocalDate exit = day.plusDays(stayDays - 1L);
            boolean last = trip == trips - 1;
            // about 2 % of last trips are still open: people in the country, some of them past their date
            // (and the very last movement asked for, when only one is left)
            boolean open = last && random.nextInt(50) == 0 || movementsLeft - added < 2;
            if (!open && exit.isAfter(today.minusDays(1))) {
                exit = today.minusDays(1);
            }
            String[] carrier = CARRIERS[random.nextInt(CARRIERS.length)];
            String port = carrier[1].equals("SEA") ? "PWMKK" : "PWROR";
            String flight = carrier[0].length() == 2 ? carrier[0] + (100 + random.nextInt(900)) : carrier[0] + " " + (1 + random.nextInt(40));
            UUID stayId = uuid();
            UUID entryId = uuid();
            chunk.movements.add(movement(entryId, travellerId, document, surname, given, nationality, born, sex, "ENTRY", port,
                    day, carrier, flight, crew, "VOA", permittedUntil, "ADMIT", 0, stayId));
            int daysOver = 0;
            if (!open) {
                daysOver = (int) Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(permittedUntil, exit));
                chunk.movements.add(movement(uuid(), travellerId, document, surname, given, nationality, born, sex, "EXIT", port,
                        exit, carrier, flight, crew, null, null, "DEPART", daysOver, stayId));
            }
            added += open ? 1 : 2;
            chunk.stays.add(new Object[] {stayId, travellerId, entryId, day, nationality, open ? null : exit, "VOA",
                    permittedUntil, daysOver});
            day = (open ? day : exit).plusDays(20 + random.nextInt(200));
        }
    }

    private String[] document(Chunk chunk, UUID travellerId, String nationality, Instant firstSeen) {
        String number = "BM" + Long.toString(++documentSequence, 36).toUpperCase(Locale.ROOT);
        LocalDate expiry = today.plusYears(1 + random.nextInt(9));
        chunk.documents.add(new Object[] {nationality, number, travellerId, "P", expiry, ts(firstSeen)});
        return new String[] {nationality, number, expiry.toString()};
    }

    private Object[] movement(UUID id, UUID travellerId, String[] document, String surname, String given, String nationality,
                              LocalDate born, String sex, String direction, String port, LocalDate day, String[] carrier,
                              String flight, boolean crew, String permitType, LocalDate permittedUntil, String decision,
                              int daysOver, UUID stayId) {
        Instant at = day.atTime(6 + random.nextInt(16), random.nextInt(60)).atZone(PALAU).toInstant();
        return new Object[] {id, uuid(), travellerId, document[0], document[1], "P", LocalDate.parse(document[2]), surname, given,
                nationality, born, sex, direction, port, ts(at), day, carrier[1], crew ? "CREW" : "PASSENGER", carrier[0], flight,
                permitType, permittedUntil, crew ? "CREW" : "TOURISM", "bench-seeder", decision, daysOver, false, stayId, ts(at)};
    }

    static final String TRAVELLER_COLUMNS = "id, surname, given_names, nationality, date_of_birth, sex, person_key, created_at";
    static final String DOCUMENT_COLUMNS = "issuing_state, document_number, traveller_id, document_code, expiry, first_seen";
    static final String MOVEMENT_COLUMNS = "id, source, traveller_id, issuing_state, document_number, document_code, "
            + "document_expiry, surname, given_names, nationality, date_of_birth, sex, direction, port, crossed_at, crossed_on, "
            + "transport_mode, traveller_role, carrier, flight_or_vessel, permit_type, permitted_until, purpose, officer, "
            + "decision, days_overstayed, without_entry, stay_id, recorded_at";
    static final String STAY_COLUMNS = "id, traveller_id, entry_movement_id, entered, nationality, departed, permit_type, "
            + "permitted_until, days_overstayed";

    interface Sink {
        void write(Chunk chunk) throws SQLException, IOException;
    }

    /** PostgreSQL: one COPY per table and chunk, CSV with empty unquoted fields as NULL. */
    static final class CopySink implements Sink {
        private final CopyManager copy;

        CopySink(CopyManager copy) {
            this.copy = copy;
        }

        @Override
        public void write(Chunk chunk) throws SQLException, IOException {
            copy("traveller", TRAVELLER_COLUMNS, chunk.travellers);
            copy("traveller_document", DOCUMENT_COLUMNS, chunk.documents);
            copy("movement", MOVEMENT_COLUMNS, chunk.movements);
            copy("stay", STAY_COLUMNS, chunk.stays);
        }

        private void copy(String table, String columns, List<Object[]> rows) throws SQLException, IOException {
            StringBuilder csv = new StringBuilder(rows.size() * 200);
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        csv.append(',');
                    }
                    Object value = row[i];
                    if (value instanceof Timestamp t) {
                        csv.append(t.toInstant());
                    } else if (value instanceof String s) {
                        csv.append('"').append(s.replace("\"", "\"\"")).append('"');
                    } else if (value != null) {
                        csv.append(value);
                    }
                }
                csv.append('\n');
            }
            copy.copyIn("COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
        }
    }

    /** Any other database (H2): prepared statements in JDBC batches. */
    static final class BatchSink implements Sink {
        private final Connection connection;

        BatchSink(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void write(Chunk chunk) throws SQLException {
            insert("traveller", TRAVELLER_COLUMNS, chunk.travellers);
            insert("traveller_document", DOCUMENT_COLUMNS, chunk.documents);
            insert("movement", MOVEMENT_COLUMNS, chunk.movements);
            insert("stay", STAY_COLUMNS, chunk.stays);
        }

        private void insert(String table, String columns, List<Object[]> rows) throws SQLException {
            int n = columns.split(",").length;
            String sql = "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(n - 1) + "?)";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        statement.setObject(i + 1, row[i]);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
    }

    private String nationality() {
        int pick = random.nextInt(totalWeight);
        for (int i = 0; i < nationalityWeights.length; i++) {
            if (pick < nationalityWeights[i]) {
                return NATIONALITIES[i][0];
            }
        }
        return NATIONALITIES[0][0];
    }

    private UUID uuid() {
        // version 4 bits set, from the seeded generator, so that reruns give the same ids
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Options are --name value, not " + args[i]);
            }
            String name = args[i].substring(2);
            if (name.equals("migrate")) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return options;
    }
}
