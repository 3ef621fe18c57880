package org.irohub.protection;

import java.time.LocalDate;

/**
 * One event in a child's child protection history: a strategy discussion, a conference (requested or held),
 * a plan starting, changing category or ending.
 */
public record TimelineEntry(LocalDate date, Kind kind, long id, String title, String detail) {

    public enum Kind {
        STRATEGY_DISCUSSION, CONFERENCE, PLAN_STARTED, CATEGORY_CHANGED, PLAN_ENDED
    }
}
