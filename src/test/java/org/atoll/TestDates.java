package org.atoll;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Dates as the application has them: in the country's time zone ({@code atoll.time-zone}, read like the
 * application does from a system property or {@code ATOLL_TIME_ZONE}, else Palau), never the JVM's
 * zone or UTC. Between 15:00 and 24:00 UTC Palau is already on the next day.
 */
public final class TestDates {

    public static final ZoneId ZONE = ZoneId.of(setting());

    private TestDates() {
    }

    private static String setting() {
        String zone = System.getProperty(BorderTime.PROPERTY);
        if (zone == null || zone.isBlank()) {
            zone = System.getenv("ATOLL_TIME_ZONE");
        }
        return zone == null || zone.isBlank() ? BorderTime.DEFAULT_ZONE : zone.trim();
    }

    /** Today at the border. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The border's local date and time now (manifest times are local times). */
    public static LocalDateTime now() {
        return LocalDateTime.now(ZONE);
    }
}
