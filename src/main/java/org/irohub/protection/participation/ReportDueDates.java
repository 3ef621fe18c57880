package org.irohub.protection.participation;

import java.time.LocalDate;

import org.irohub.calendar.TimescaleId;
import org.irohub.protection.ConferenceType;

/**
 * When reports fall due, counted back from the day the conference meets by the calendar's timescales (local
 * defaults: to the chair 2 working days before an initial or transfer-in conference and 5 before a review;
 * the social worker's report shared with the parents 3 working days before), and whether each came in time.
 */
public final class ReportDueDates {

    /** The calendar's {@code Timescales.dueDate}: a seam so the rule can be unit-tested against a fixed calendar. */
    @FunctionalInterface
    public interface Due {
        LocalDate due(TimescaleId timescale, LocalDate basis);
    }

    private final Due due;

    public ReportDueDates(Due due) {
        this.due = due;
    }

    public LocalDate toChair(ConferenceType type, LocalDate meeting) {
        return due.due(type == ConferenceType.REVIEW ? TimescaleId.REPORT_TO_CHAIR_BEFORE_REVIEW
                : TimescaleId.REPORT_TO_CHAIR_BEFORE_ICPC, meeting);
    }

    public LocalDate sharedWithParents(LocalDate meeting) {
        return due.due(TimescaleId.REPORT_SHARED_WITH_PARENTS, meeting);
    }

    /**
     * The report of an agency invitee, or null for someone who is not from an agency. {@code met} is whether the
     * conference has met (held, or its date has passed): a report still missing then is recorded as none.
     */
    public Report report(ConferenceInvitee invitee, ConferenceType type, LocalDate meeting, boolean met, LocalDate today) {
        if (!invitee.isAgency()) {
            return null;
        }
        LocalDate dueToChair = toChair(type, meeting);
        LocalDate parents = invitee.agency() == Agency.CHILDRENS_SOCIAL_CARE ? sharedWithParents(meeting) : null;
        return new Report(invitee.reportExpected(), dueToChair, parents, invitee.reportReceivedOn(),
                status(invitee, dueToChair, met, today));
    }

    private static ReportStatus status(ConferenceInvitee invitee, LocalDate dueToChair, boolean met, LocalDate today) {
        if (!invitee.reportExpected()) {
            return ReportStatus.NOT_EXPECTED;
        }
        LocalDate received = invitee.reportReceivedOn();
        if (received != null) {
            return received.isAfter(dueToChair) ? ReportStatus.LATE : ReportStatus.ON_TIME;
        }
        if (met) {
            return ReportStatus.NONE;
        }
        return today.isAfter(dueToChair) ? ReportStatus.OVERDUE : ReportStatus.AWAITED;
    }
}
