package org.irohub.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ChildSummaryTests {

    private static ChildSummary bornOn(LocalDate dob) {
        return new ChildSummary(new ChildId(1), "LA1", "Ann", "Smith", dob, null, Sex.FEMALE, false);
    }

    @Test
    void ageIsInWholeYearsAndGoesUpOnTheBirthday() {
        ChildSummary child = bornOn(LocalDate.of(2020, 6, 15));
        assertThat(child.ageOn(LocalDate.of(2024, 6, 14))).hasValue(3);
        assertThat(child.ageOn(LocalDate.of(2024, 6, 15))).hasValue(4);
        assertThat(child.ageOn(LocalDate.of(2020, 6, 15))).hasValue(0);
    }

    @Test
    void aLeapDayChildTurnsOlderOnTheFirstOfMarchInOtherYears() {
        ChildSummary child = bornOn(LocalDate.of(2020, 2, 29));
        assertThat(child.ageOn(LocalDate.of(2021, 2, 28))).hasValue(0);
        assertThat(child.ageOn(LocalDate.of(2021, 3, 1))).hasValue(1);
        assertThat(child.ageOn(LocalDate.of(2024, 2, 29))).hasValue(4);
    }

    @Test
    void anUnbornChildHasNoAgeAndIsNotOverAnyAge() {
        ChildSummary unborn = new ChildSummary(new ChildId(2), "LA2", "Baby", "Smith", null,
                LocalDate.of(2026, 9, 1), Sex.UNKNOWN, false);
        assertThat(unborn.unborn()).isTrue();
        assertThat(unborn.ageOn(LocalDate.of(2030, 1, 1))).isEmpty();
        assertThat(unborn.isAgedAtLeast(0, LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    void beforeTheBirthThereIsNoAge() {
        assertThat(bornOn(LocalDate.of(2020, 6, 15)).ageOn(LocalDate.of(2020, 6, 14))).isEmpty();
    }

    @Test
    void childrenAgedFourAndOverCanBePicked() {
        ChildSummary child = bornOn(LocalDate.of(2020, 6, 15));
        assertThat(child.isAgedAtLeast(4, LocalDate.of(2024, 6, 14))).isFalse();
        assertThat(child.isAgedAtLeast(4, LocalDate.of(2024, 6, 15))).isTrue();
        assertThat(child.fullName()).isEqualTo("Ann Smith");
    }
}
