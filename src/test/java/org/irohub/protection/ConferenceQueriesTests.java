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


@IroHubTest
class ConferenceQueriesTests {

    @Autowired
    StrategyDiscussionService discussions;

    @Autowired
    ConferenceService conferences;

    @Autowired
    ConferenceOutcomeService outcomes;

    @Autowired
    ConferenceQueries queries;

    @Autowired
    ChildRecords childRecords;

    private long aChild() {
        return childRecords.create(ChildFixture.aChild().input()).summary().id().value();
    }

    @Test
    void theChairOfAHeldConferenceCountsForContinuityAndCaseload() {
        long child = aChild();
        long chair = 900_000 + child;
        var recorded = discussions.record(new ChildId(child),
                new NewStrategyDiscussion(LocalDate.of(2016, 12, 20), true, LocalDate.of(2016, 12, 20), List.of()), "system");
        ConferenceId icpc = new ConferenceId(recorded.conference().getId());
        conferences.recordBooking(icpc, chair, LocalDate.of(2017, 1, 12));

        assertThat(queries.open()).anyMatch(c -> c.id() == icpc.value() && c.bookedFor().equals(LocalDate.of(2017, 1, 12)));
        assertThat(queries.chairsWhoHaveChaired(List.of(child))).isEmpty();

        outcomes.record(icpc, new OutcomeRequest(LocalDate.of(2017, 1, 12), true, "NEG", null, null, null, List.of(),
                null, null, null), "system");

        assertThat(queries.chairsWhoHaveChaired(List.of(child))).containsEntry(chair, LocalDate.of(2017, 1, 12));
        assertThat(queries.caseloadByChair()).containsEntry(chair, 1);
    }
}
