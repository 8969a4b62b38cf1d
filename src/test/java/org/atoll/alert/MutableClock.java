package org.atoll.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.atoll.TestDates;

/** A clock tests move forward, so that review dates and validity can pass without waiting. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** The application's zone, so that its local dates are the ones the test's clock gives. */
    @Override
    public ZoneId getZone() {
        return TestDates.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
