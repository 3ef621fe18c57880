package org.irohub.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DfeReviewDuePolicyTests {

    @Test
    void firstReviewIsDueThreeMonthsAfterThePlanStarted() {
        assertThat(DfeReviewDuePolicy.dueOn(LocalDate.of(2017, 1, 16), null)).isEqualTo(LocalDate.of(2017, 4, 16));
    }

    @Test
    void laterReviewsAreDueSixMonthsAfterThePreviousReviewActuallyHeld() {
        assertThat(DfeReviewDuePolicy.dueOn(LocalDate.of(2017, 1, 16), LocalDate.of(2017, 4, 10)))
            .isEqualTo(LocalDate.of(2017, 10, 10));
    }

    @Test
    void aPlanStartedAtAMonthEndIsDueOnTheLastDayOfAShorterMonth() {
        assertThat(DfeReviewDuePolicy.dueOn(LocalDate.of(2016, 11, 30), null)).isEqualTo(LocalDate.of(2017, 2, 28));
        assertThat(DfeReviewDuePolicy.dueOn(LocalDate.of(2019, 11, 30), null)).isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    void aReviewOnTheTwentyNinthOfFebruaryIsFollowedSixMonthsLaterOnTheTwentyNinthOfAugust() {
        assertThat(DfeReviewDuePolicy.dueOn(LocalDate.of(2019, 6, 1), LocalDate.of(2020, 2, 29)))
            .isEqualTo(LocalDate.of(2020, 8, 29));
    }
}
