package org.irohub.calendar;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every timescale the service works to. {@link #key()} is the name used in configuration
 * ({@code irohub.timescales.minutes-distributed: 20}) and in the settings page's addresses.
 */
public enum TimescaleId {

    ICPC,
    TRANSFER_IN_CONFERENCE,
    FIRST_REVIEW,
    PRE_BIRTH_FIRST_REVIEW,
    LATER_REVIEW,
    RECONVENED_INQUORATE_CONFERENCE,
    REPORT_TO_CHAIR_BEFORE_ICPC,
    REPORT_TO_CHAIR_BEFORE_REVIEW,
    REPORT_SHARED_WITH_PARENTS,
    CORE_GROUP_FIRST_MEETING,
    DECISION_LETTER,
    MINUTES_DISTRIBUTED,
    MINUTES_CORRECTIONS,
    ESCALATION_FORMAL_PROCESS,
    CLA_FIRST_REVIEW,
    CLA_SECOND_REVIEW,
    CLA_LATER_REVIEW,
    IRO_APPOINTED;

    public String key() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<TimescaleId> ofKey(String key) {
        return Arrays.stream(values()).filter(id -> id.key().equals(key)).findFirst();
    }
}
