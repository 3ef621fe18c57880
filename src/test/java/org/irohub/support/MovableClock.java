package org.irohub.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A clock a test sets to the day it acts on, so a story that spans months (a conference requested, booked,
 * held, reviewed) can run through pages that refuse dates in the future.
 */
public class MovableClock extends Clock {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private volatile Instant now;

    public MovableClock(LocalDateTime start) {
        this.now = start.atZone(UK).toInstant();
    }

    public void setTo(LocalDateTime time) {
        now = time.atZone(UK).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return UK;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
