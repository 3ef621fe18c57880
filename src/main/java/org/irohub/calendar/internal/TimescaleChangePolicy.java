package org.irohub.calendar.internal;

import java.util.Optional;

import org.irohub.calendar.Timescale;
import org.irohub.calendar.TimescaleUnit;

/**
 * Which values a timescale may be changed to. A statutory timescale is a maximum the service must meet, so it
 * may be made shorter locally but never longer; any timescale stays within a sane range so a typing slip
 * (150 for 15) is caught.
 */
public final class TimescaleChangePolicy {

    static final int MAX_WORKING_DAYS = 120;
    static final int MAX_MONTHS = 24;

    private TimescaleChangePolicy() {
    }

    /** The reason the change is refused, or empty when it is allowed. */
    public static Optional<String> refusal(Timescale shipped, int amount) {
        int max = shipped.unit() == TimescaleUnit.WORKING_DAYS ? MAX_WORKING_DAYS : MAX_MONTHS;
        if (amount < 0 || amount > max) {
            return Optional.of("Enter a whole number from 0 to " + max);
        }
        if (shipped.statutory() && amount > shipped.amount()) {
            return Optional.of(shipped.what() + " is statutory: it can be shorter than "
                    + shipped.unit().label(shipped.amount()) + " but not longer");
        }
        return Optional.empty();
    }
}
