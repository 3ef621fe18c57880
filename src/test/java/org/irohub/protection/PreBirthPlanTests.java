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
class PreBirthPlanTests {

    @Autowired
    ChildRecords childRecords;

    @Autowired
    StrategyDiscussionService discussions;

    @Autowired
    ConferenceOutcomeService outcomes;

    @Autowired
    ConferenceQueries queries;

    @Test
    void theFirstReviewOfAPreBirthPlanMovesToTenWorkingDaysAfterTheBirthWhenThatIsSooner() {
        ChildFixture unborn = ChildFixture.aChild().unbornExpectedOn(LocalDate.of(2017, 3, 1));
        var created = childRecords.create(unborn.input());
        ChildId child = created.summary().id();
        var icpc = discussions.record(child, new NewStrategyDiscussion(LocalDate.of(2017, 1, 3), true,
                LocalDate.of(2017, 1, 3), List.of()), "system").conference();
        assertThat(icpc.isPreBirth()).isTrue();

        OutcomeResult held = outcomes.record(new ConferenceId(icpc.getId()), new OutcomeRequest(LocalDate.of(2017, 1, 20),
                true, "NEG", null, null, null, List.of(), null, null, null), "system");
        assertThat(held.nextConference().getDueDate()).isEqualTo(LocalDate.of(2017, 4, 20));
        assertThat(held.plans().get(0).isPreBirth()).isTrue();

        childRecords.update(child, created.version(), unborn.bornOn(LocalDate.of(2017, 2, 27)).input(), "system");

        assertThat(queries.find(held.nextConference().getId()).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2017, 3, 13));
    }
}
