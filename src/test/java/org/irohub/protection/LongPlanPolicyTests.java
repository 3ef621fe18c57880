package org.irohub.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LongPlanPolicyTests {

    @Test
    void aReviewOnThePlansFirstAnniversaryAsksWhyItContinues() {
        assertThat(LongPlanPolicy.needsContinuationReason(LocalDate.of(2016, 3, 15), LocalDate.of(2017, 3, 15))).isTrue();
        assertThat(LongPlanPolicy.needsContinuationReason(LocalDate.of(2016, 3, 15), LocalDate.of(2017, 3, 14))).isFalse();
    }

    @Test
    void aPlanStartedOnLeapDayReachesTwelveMonthsOnTheLastDayOfFebruary() {
        assertThat(LongPlanPolicy.needsContinuationReason(LocalDate.of(2016, 2, 29), LocalDate.of(2017, 2, 28))).isTrue();
        assertThat(LongPlanPolicy.needsContinuationReason(LocalDate.of(2016, 2, 29), LocalDate.of(2017, 2, 27))).isFalse();
    }
}
