package org.irohub.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalendarMonthsTests {

    @Test
    void thirtiethOfNovemberPlusThreeMonthsIsTheLastDayOfFebruary() {
        assertThat(CalendarMonths.add(of(2022, 11, 30), 3)).isEqualTo(of(2023, 2, 28));
        assertThat(CalendarMonths.add(of(2023, 11, 30), 3)).isEqualTo(of(2024, 2, 29));
    }

    @Test
    void thirtyFirstOfAugustPlusSixMonthsIsTheLastDayOfFebruary() {
        assertThat(CalendarMonths.add(of(2023, 8, 31), 6)).isEqualTo(of(2024, 2, 29));
        assertThat(CalendarMonths.add(of(2024, 8, 31), 6)).isEqualTo(of(2025, 2, 28));
    }

    @Test
    void aMonthIsNeverACountOfDays() {
        assertThat(CalendarMonths.add(of(2024, 1, 15), 3)).isEqualTo(of(2024, 4, 15));
        assertThat(CalendarMonths.add(of(2024, 1, 15), 6)).isEqualTo(of(2024, 7, 15));
    }

    @Test
    void negativeMonthsCountBackToTheSameDayOrTheMonthEnd() {
        assertThat(CalendarMonths.add(of(2024, 5, 31), -3)).isEqualTo(of(2024, 2, 29));
    }
}
