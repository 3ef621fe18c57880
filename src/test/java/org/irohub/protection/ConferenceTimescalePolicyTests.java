package org.irohub.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.irohub.calendar.CalendarMonths;
import org.irohub.calendar.TimescaleId;
import org.irohub.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

class ConferenceTimescalePolicyTests {

    private static final WorkingDayCalendar ENGLAND = WorkingDayCalendar.withHolidays(List.of(
            LocalDate.of(2016, 12, 26), LocalDate.of(2016, 12, 27), LocalDate.of(2017, 1, 2),
            LocalDate.of(2020, 5, 8), LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19),
            LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 8), LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 1)));

    /** The statutory defaults, as the calendar module ships them. */
    private final ConferenceTimescalePolicy policy = new ConferenceTimescalePolicy(new DueDates() {
        @Override
        public LocalDate due(TimescaleId timescale, LocalDate basis) {
            return switch (timescale) {
                case ICPC, TRANSFER_IN_CONFERENCE -> ENGLAND.addWorkingDays(basis, 15);
                case FIRST_REVIEW -> CalendarMonths.add(basis, 3);
                case LATER_REVIEW -> CalendarMonths.add(basis, 6);
                default -> throw new IllegalArgumentException(timescale.name());
            };
        }

        @Override
        public LocalDate preBirthFirstReviewDue(LocalDate icpc, LocalDate birthOrNull) {
            LocalDate threeMonths = CalendarMonths.add(icpc, 3);
            if (birthOrNull == null) {
                return threeMonths;
            }
            LocalDate tenWorkingDays = ENGLAND.addWorkingDays(birthOrNull, 10);
            return tenWorkingDays.isBefore(threeMonths) ? tenWorkingDays : threeMonths;
        }
    });

    @Test
    void initialConferenceFromTuesdayBeforeChristmas2016IsDueFriday13January() {
        assertThat(policy.initialConferenceDue(LocalDate.of(2016, 12, 20))).isEqualTo(LocalDate.of(2017, 1, 13));
    }

    @Test
    void initialConferenceSkipsVeDayButNotTheEarlyMayMondayItReplaced() {
        assertThat(policy.initialConferenceDue(LocalDate.of(2020, 4, 24))).isEqualTo(LocalDate.of(2020, 5, 18));
    }

    @Test
    void initialConferenceSkipsThePlatinumJubileeAndTheQueensFuneral() {
        assertThat(policy.initialConferenceDue(LocalDate.of(2022, 5, 27))).isEqualTo(LocalDate.of(2022, 6, 21));
        assertThat(policy.initialConferenceDue(LocalDate.of(2022, 9, 9))).isEqualTo(LocalDate.of(2022, 10, 3));
    }

    @Test
    void strategyDiscussionOnASaturdayCountsFromTheMondayAfter() {
        assertThat(policy.initialConferenceDue(LocalDate.of(2023, 4, 29))).isEqualTo(LocalDate.of(2023, 5, 23));
    }

    @Test
    void firstReviewIsThreeCalendarMonthsLaterClampedToTheMonthEnd() {
        assertThat(policy.firstReviewDue(LocalDate.of(2016, 11, 30), false, null)).isEqualTo(LocalDate.of(2017, 2, 28));
        assertThat(policy.firstReviewDue(LocalDate.of(2019, 11, 30), false, null)).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(policy.firstReviewDue(LocalDate.of(2017, 1, 16), false, null)).isEqualTo(LocalDate.of(2017, 4, 16));
    }

    @Test
    void laterReviewIsSixMonthsAfterTheReviewActuallyHeldSoALateReviewMovesTheNext() {
        assertThat(policy.nextReviewDue(LocalDate.of(2016, 8, 31))).isEqualTo(LocalDate.of(2017, 2, 28));
        assertThat(policy.nextReviewDue(LocalDate.of(2023, 8, 31))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(policy.nextReviewDue(LocalDate.of(2017, 3, 10))).isEqualTo(LocalDate.of(2017, 9, 10));
    }

    @Test
    void preBirthFirstReviewIsTenWorkingDaysAfterTheBirthWhenThatIsSooner() {
        LocalDate icpc = LocalDate.of(2024, 1, 10);
        assertThat(policy.firstReviewDue(icpc, true, LocalDate.of(2024, 3, 22))).isEqualTo(LocalDate.of(2024, 4, 9));
        assertThat(policy.firstReviewDue(icpc, true, LocalDate.of(2024, 4, 5))).isEqualTo(LocalDate.of(2024, 4, 10));
        assertThat(policy.firstReviewDue(icpc, true, null)).isEqualTo(LocalDate.of(2024, 4, 10));
    }

    @Test
    void transferInIsFifteenWorkingDaysFromNotification() {
        assertThat(policy.transferInConferenceDue(LocalDate.of(2016, 12, 20))).isEqualTo(LocalDate.of(2017, 1, 13));
    }
}
