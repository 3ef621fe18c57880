package org.irohub.protection.minutes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.irohub.children.ChildFixture;
import org.irohub.children.ChildId;
import org.irohub.children.internal.ChildRecords;
import org.irohub.protection.ConferenceId;
import org.irohub.protection.ConferenceOutcomeService;
import org.irohub.protection.ConferenceService;
import org.irohub.protection.NewStrategyDiscussion;
import org.irohub.protection.OutcomeRequest;
import org.irohub.protection.StrategyDiscussionService;
import org.irohub.staff.internal.ChairDetails;
import org.irohub.staff.internal.ChairService;
import org.springframework.stereotype.Component;

/** Children, chairs and conferences for the minutes tests, made through each module's own services. */
@Component
public class MinutesFixtures {

    private final ChildRecords childRecords;
    private final StrategyDiscussionService discussions;
    private final ConferenceService conferences;
    private final ConferenceOutcomeService outcomes;
    private final ChairService chairs;

    MinutesFixtures(ChildRecords childRecords, StrategyDiscussionService discussions, ConferenceService conferences,
            ConferenceOutcomeService outcomes, ChairService chairs) {
        this.childRecords = childRecords;
        this.discussions = discussions;
        this.conferences = conferences;
        this.outcomes = outcomes;
        this.chairs = chairs;
    }

    public long childBornOn(LocalDate birth) {
        return childRecords.create(ChildFixture.aChild().bornOn(birth).input()).summary().id().value();
    }

    /** A full-time chair linked to the user. */
    public long chairFor(String username) {
        return chairs.create(ChairDetails.parse("Chair " + UUID.randomUUID().toString().substring(0, 8), username,
                "IRO Team", "1.0", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), "3")).getId();
    }

    /** An initial conference requested after a strategy discussion on the date. */
    public long icpcRequested(long child, LocalDate discussedOn) {
        return discussions.record(new ChildId(child), new NewStrategyDiscussion(discussedOn, true, discussedOn, List.of()),
                "system").conference().getId();
    }

    public long booked(long child, LocalDate discussedOn, long chairId, LocalDate on) {
        long conference = icpcRequested(child, discussedOn);
        conferences.recordBooking(new ConferenceId(conference), chairId, on);
        return conference;
    }

    /** An initial conference held on the date (within 15 working days of the discussion), starting a plan for neglect. */
    public long held(long child, LocalDate discussedOn, LocalDate heldOn, Long chairId) {
        long conference = icpcRequested(child, discussedOn);
        if (chairId != null) {
            conferences.recordBooking(new ConferenceId(conference), chairId, heldOn);
        }
        outcomes.record(new ConferenceId(conference), new OutcomeRequest(heldOn, true, "NEG", null, null, null,
                List.of(), null, null, null), "system");
        return conference;
    }

    /** Held on the Friday before Christmas 2016, after a strategy discussion on the Tuesday. */
    public long heldBeforeChristmas2016(Long chairId) {
        return held(childBornOn(LocalDate.of(2010, 5, 1)), LocalDate.of(2016, 12, 20), LocalDate.of(2016, 12, 23),
                chairId);
    }
}
