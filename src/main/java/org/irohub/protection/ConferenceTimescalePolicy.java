package org.irohub.protection;

import java.time.LocalDate;

import org.irohub.calendar.TimescaleId;

/**
 * Which date each conference's due date counts from, and by which timescale (rules.md "Child protection
 * conferences"). Each due date counts from the actual date of the event before it, so a late review moves
 * the next one.
 */
public class ConferenceTimescalePolicy {

    private final DueDates dueDates;

    ConferenceTimescalePolicy(DueDates dueDates) {
        this.dueDates = dueDates;
    }

    /** Initial conference: within 15 working days of the strategy discussion that started the section 47 enquiry. */
    public LocalDate initialConferenceDue(LocalDate strategyDiscussion) {
        return dueDates.due(TimescaleId.ICPC, strategyDiscussion);
    }

    /** Transfer-in: within 15 working days of notification of the permanent move (local default). */
    public LocalDate transferInConferenceDue(LocalDate notified) {
        return dueDates.due(TimescaleId.TRANSFER_IN_CONFERENCE, notified);
    }

    /**
     * First review: within 3 months of the conference that made the plan; for an unborn child, within 10
     * working days of the birth or 3 months of the conference, whichever is sooner.
     */
    public LocalDate firstReviewDue(LocalDate planConference, boolean preBirth, LocalDate birthOrNull) {
        return preBirth ? dueDates.preBirthFirstReviewDue(planConference, birthOrNull)
                : dueDates.due(TimescaleId.FIRST_REVIEW, planConference);
    }

    /** Later reviews: no more than 6 months after the previous review actually held. */
    public LocalDate nextReviewDue(LocalDate previousReview) {
        return dueDates.due(TimescaleId.LATER_REVIEW, previousReview);
    }
}
