package org.irohub.calendar;

/** Whether the due date falls after the date it counts from (a conference) or before it (a report for one). */
public enum TimescaleDirection {
    AFTER, BEFORE
}
