package org.irohub.protection.minutes;

import java.time.LocalDate;
import java.util.List;

/**
 * A chair's own work: the open conferences they chair, those booked soon enough to prepare for, the children
 * over 4 whose contact with the chair before the conference is to be recorded, and minutes waiting for their
 * approval.
 */
public record ChairAgenda(long chairId, String chairName, LocalDate prepareBy, List<Upcoming> upcoming,
        List<Upcoming> toPrepare, List<ContactToRecord> contacts, List<AwaitingApproval> toApprove) {

    /** @param date the booked date, or the due date while the conference is not booked */
    public record Upcoming(long conferenceId, String type, LocalDate date, boolean booked, List<String> children) {
    }

    /** @param age the child's age on the conference date */
    public record ContactToRecord(long conferenceId, LocalDate conferenceDate, long childId, String childName,
            int age) {
    }

    public record AwaitingApproval(long conferenceId, String type, LocalDate heldOn, LocalDate receivedOn,
            LocalDate due, boolean overdue, List<String> children) {
    }
}
