package org.irohub.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.irohub.children.ChildFixture;
import org.irohub.children.ChildId;
import org.irohub.children.internal.ChildRecords;
import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IroHubTest
class PlanReviewRecordingTests {

    @Autowired
    ChildRecords childRecords;

    @Autowired
    StrategyDiscussionService discussions;

    @Autowired
    ConferenceOutcomeService outcomes;

    @Autowired
    JdbcClient jdbc;

    record Row(long planId, long conferenceId, long childId, LocalDate heldOn, LocalDate dueOn) {
    }

    @Test
    void eachReviewWritesOneRowPerPlanWithTheDfeDueDateCountedFromTheReviewActuallyHeld() {
        long child = childRecords.create(ChildFixture.aChild().input()).summary().id().value();
        long sibling = childRecords.create(ChildFixture.aChild().input()).summary().id().value();
        var icpc = discussions.record(new ChildId(child), new NewStrategyDiscussion(LocalDate.of(2016, 11, 10), true,
                LocalDate.of(2016, 11, 10), List.of(sibling)), "system").conference();
        OutcomeResult initial = outcomes.record(new ConferenceId(icpc.getId()), new OutcomeRequest(
                LocalDate.of(2016, 11, 30), true, "NEG", null, null, null, List.of(), null, null, null), "system");
        assertThat(rows(child)).isEmpty();

        // 30 November + 3 months is 28 February; held the day after, so late.
        OutcomeResult first = outcomes.record(new ConferenceId(initial.nextConference().getId()), new OutcomeRequest(
                LocalDate.of(2017, 3, 1), null, null, null, true, null, List.of("MISSING_REPORT"), null, null, null),
                "system");
        // Due 1 March + 6 months = 1 September, from the late review's actual date; this one ends the plans.
        outcomes.record(new ConferenceId(first.nextConference().getId()), new OutcomeRequest(LocalDate.of(2017, 8, 31),
                null, null, null, false, null, List.of(), null, null, null), "system");

        long childPlan = initial.plans().stream().filter(p -> p.getChildId() == child).findFirst().orElseThrow().getId();
        assertThat(rows(child)).containsExactly(
                new Row(childPlan, first.conference().getId(), child, LocalDate.of(2017, 3, 1), LocalDate.of(2017, 2, 28)),
                new Row(childPlan, first.nextConference().getId(), child, LocalDate.of(2017, 8, 31),
                        LocalDate.of(2017, 9, 1)));
        assertThat(rows(sibling)).extracting(Row::dueOn)
            .containsExactly(LocalDate.of(2017, 2, 28), LocalDate.of(2017, 9, 1));
    }

    private List<Row> rows(long child) {
        return jdbc.sql("SELECT plan_id, conference_id, child_id, held_on, due_on FROM plan_review WHERE child_id = :c "
                + "ORDER BY held_on")
            .param("c", child)
            .query(Row.class)
            .list();
    }
}
