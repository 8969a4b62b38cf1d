package org.atoll;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The country's time zone (setting {@code atoll.time-zone}, Palau by default). Its local date is the
 * date of record: "today", the day of a crossing, date filters and months are read in it; instants are
 * stored in UTC. The application clock ({@link AtollApplication#clock}) carries this zone, so modules
 * read it as {@code clock.getZone()} or through {@code LocalDate.now(clock)}.
 */
public final class BorderTime {

    /** The setting's name, e.g. {@code ATOLL_TIME_ZONE=Pacific/Fiji}. */
    public static final String PROPERTY = "atoll.time-zone";
    /** Palau, the first user. */
    public static final String DEFAULT_ZONE = "Pacific/Palau";

    private BorderTime() {
    }

    /** The system clock in a zone given by its ID (e.g. {@code Pacific/Efate}); an unknown ID fails at start. */
    public static Clock systemClock(String zoneId) {
        return Clock.system(ZoneId.of(zoneId.trim()));
    }
}
