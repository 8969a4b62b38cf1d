package org.atoll;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** In CI the PostgreSQL suite must run: a build there without it is a failure, not a skip. */
class CiCompletenessTest {

    @Test
    void ciRunsThePostgresqlSuite() {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(System.getProperty("atoll.test.postgres"))
                    .as("CI=true: run ./mvnw verify -Datoll.test.postgres=true (see .ci/run)")
                    .isEqualTo("true");
        }
    }
}
