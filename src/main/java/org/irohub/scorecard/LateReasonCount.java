package org.irohub.scorecard;

import java.time.YearMonth;

/**
 * Conferences of one type held in a month for which a reason out of timescale was recorded (seed 5.2, 6.4): a
 * conference late for two reasons counts once under each.
 */
public record LateReasonCount(YearMonth month, String conferenceType, String reasonCode, String reasonLabel,
        int conferences) {
}
