package org.irohub.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ConferenceTransitionsTests {

    private static final Instant NOW = Instant.parse("2017-01-01T09:00:00Z");

    private Conference anIcpcRequest() {
        return Conference.initial(List.of(1L, 2L), 7L, LocalDate.of(2016, 12, 20), LocalDate.of(2017, 1, 13), false, NOW);
    }

    @Test
    void aRequestedIcpcIsBookedThenHeldWithAPlan() {
        Conference c = anIcpcRequest();
        c.book(3L, LocalDate.of(2017, 1, 12));
        c.holdWithPlan(LocalDate.of(2017, 1, 16), Category.NEG, Set.of("MISSING_REPORT"));

        assertThat(c.getStatus()).isEqualTo(ConferenceStatus.HELD);
        assertThat(c.getOutcome()).isEqualTo(ConferenceOutcome.PLAN_STARTED);
        assertThat(c.getChairId()).isEqualTo(3L);
        assertThat(c.isLate()).isTrue();
        assertThat(c.getLateReasons()).containsExactly("MISSING_REPORT");
        assertThat(c.getChildIds()).containsExactly(1L, 2L);
    }

    @Test
    void anOutcomeCannotBeRecordedTwice() {
        Conference c = anIcpcRequest();
        c.holdWithoutPlan(LocalDate.of(2017, 1, 10), NoPlanRecommendation.CHILD_IN_NEED_PLAN, Set.of());

        assertThatThrownBy(() -> c.holdWithPlan(LocalDate.of(2017, 1, 11), Category.NEG, Set.of()))
            .isInstanceOfSatisfying(ProtectionException.class,
                    e -> assertThat(e.kind()).isEqualTo(ProtectionException.Kind.CONFLICT));
    }

    @Test
    void aHeldOrClosedConferenceCannotBeBookedCancelledOrClosed() {
        Conference c = anIcpcRequest();
        c.markNotRequired("Enquiry found no risk of significant harm");

        assertThat(c.getStatus()).isEqualTo(ConferenceStatus.NOT_REQUIRED);
        assertThatThrownBy(() -> c.book(3L, LocalDate.of(2017, 1, 12))).hasMessageContaining("not required");
        assertThatThrownBy(() -> c.cancel("x")).hasMessageContaining("not required");
    }

    @Test
    void onlyAnInitialConferenceCanBeFoundNotRequired() {
        Conference icpc = anIcpcRequest();
        icpc.holdWithPlan(LocalDate.of(2017, 1, 10), Category.EMO, Set.of());
        Conference review = Conference.review(List.of(1L), icpc, LocalDate.of(2017, 4, 10), NOW);

        assertThatThrownBy(() -> review.markNotRequired("x")).hasMessageContaining("Only an initial conference");
    }

    @Test
    void aReviewCountsFromThePreviousConferenceAndKeepsItsChair() {
        Conference icpc = anIcpcRequest();
        icpc.book(4L, LocalDate.of(2017, 1, 10));
        icpc.holdWithPlan(LocalDate.of(2017, 1, 10), Category.EMO, Set.of());
        Conference review = Conference.review(icpc.getChildIds(), icpc, LocalDate.of(2017, 4, 10), NOW);

        assertThat(review.getDueBasis()).isEqualTo(LocalDate.of(2017, 1, 10));
        assertThat(review.getChairId()).isEqualTo(4L);
        assertThat(review.getStatus()).isEqualTo(ConferenceStatus.REQUESTED);
    }

    @Test
    void anInitialConferenceOutcomeDoesNotFitAReviewAndTheOtherWayRound() {
        Conference icpc = anIcpcRequest();
        assertThatThrownBy(() -> icpc.holdReviewEnding(LocalDate.of(2017, 1, 10), PlanEndReason.NO_LONGER_AT_RISK, Set.of()))
            .isInstanceOf(ProtectionException.class);
        icpc.holdWithPlan(LocalDate.of(2017, 1, 10), Category.EMO, Set.of());
        Conference review = Conference.review(List.of(1L), icpc, LocalDate.of(2017, 4, 10), NOW);
        assertThatThrownBy(() -> review.holdWithPlan(LocalDate.of(2017, 4, 1), Category.NEG, Set.of()))
            .isInstanceOf(ProtectionException.class);
    }

    @Test
    void aPlanKeepsItsInitialCategoryAndRecordsEachChange() {
        ChildProtectionPlan plan = ChildProtectionPlan.start(1L, LocalDate.of(2017, 1, 10), Category.NEG, false, null, 0, 9L);
        plan.continueAt(LocalDate.of(2017, 4, 5), Category.EMO, 10L);
        plan.continueAt(LocalDate.of(2017, 10, 5), Category.EMO, 11L);

        assertThat(plan.getInitialCategory()).isEqualTo(Category.NEG);
        assertThat(plan.getLatestCategory()).isEqualTo(Category.EMO);
        assertThat(plan.categoryHistory()).extracting(PlanCategoryChange::category).containsExactly(Category.NEG, Category.EMO);
        plan.end(LocalDate.of(2018, 1, 5), PlanEndReason.NO_LONGER_AT_RISK);
        assertThat(plan.isOpenAt(LocalDate.of(2018, 1, 4))).isTrue();
        assertThat(plan.isOpenAt(LocalDate.of(2018, 1, 5))).isFalse();
        assertThatThrownBy(() -> plan.continueAt(LocalDate.of(2018, 2, 1), null, 12L)).hasMessageContaining("ended");
    }
}
