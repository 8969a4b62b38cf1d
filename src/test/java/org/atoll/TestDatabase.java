package org.atoll;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the database of the integration suite: H2 in PostgreSQL mode by default, PostgreSQL when the
 * build runs with {@code -Datoll.test.database=postgres} (the Maven profile {@code postgres} does so).
 */
public class TestDatabase implements ActiveProfilesResolver {

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("atoll.test.database"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return new String[] {postgres() ? "postgres-test" : "h2-test"};
    }
}
