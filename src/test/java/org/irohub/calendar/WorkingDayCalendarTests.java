package org.irohub.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** England and Wales, with the bank holidays IRO Hub ships. */
class WorkingDayCalendarTests {

    private final WorkingDayCalendar calendar = BundledHolidays.calendarOf(Region.ENGLAND_AND_WALES);

    private LocalDate add(LocalDate date, int n) {
        return calendar.addWorkingDays(date, n);
    }

    @Test
    void fifteenWorkingDaysFromTuesdayBeforeChristmas2016IsFriday13January() {
        assertThat(add(of(2016, 12, 20), 15)).isEqualTo(of(2017, 1, 13));
        assertThat(calendar.workingDaysBetween(of(2016, 12, 20), of(2017, 1, 13))).isEqualTo(15);
    }

    @Test
    void boxingDaySubstituteAndNewYearSubstituteAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(of(2016, 12, 26))).isFalse();
        assertThat(calendar.isWorkingDay(of(2016, 12, 27))).isFalse();
        assertThat(calendar.isWorkingDay(of(2017, 1, 2))).isFalse();
        assertThat(calendar.isWorkingDay(of(2016, 12, 28))).isTrue();
    }

    @Test
    void zeroWorkingDaysIsTheSameDateEvenAtAWeekend() {
        assertThat(add(of(2024, 6, 1), 0)).isEqualTo(of(2024, 6, 1));
        assertThat(add(of(2024, 6, 4), 0)).isEqualTo(of(2024, 6, 4));
    }

    @Nested
    class OneOffBankHolidays {

        @Test
        void veDay2020MovedTheEarlyMayHolidayToFriday8May() {
            assertThat(calendar.isWorkingDay(of(2020, 5, 8))).isFalse();
            assertThat(calendar.isWorkingDay(of(2020, 5, 4))).isTrue();
            assertThat(add(of(2020, 5, 7), 1)).isEqualTo(of(2020, 5, 11));
            assertThat(add(of(2020, 5, 1), 1)).isEqualTo(of(2020, 5, 4));
        }

        @Test
        void platinumJubileeTookThursdayAndFriday2And3June2022AndLeftThe30MayAWorkingDay() {
            assertThat(calendar.isWorkingDay(of(2022, 6, 2))).isFalse();
            assertThat(calendar.isWorkingDay(of(2022, 6, 3))).isFalse();
            assertThat(calendar.isWorkingDay(of(2022, 5, 30))).isTrue();
            assertThat(add(of(2022, 6, 1), 1)).isEqualTo(of(2022, 6, 6));
            assertThat(calendar.workingDaysBetween(of(2022, 5, 27), of(2022, 6, 10))).isEqualTo(8);
        }

        @Test
        void stateFuneralOn19September2022IsNotAWorkingDay() {
            assertThat(calendar.isWorkingDay(of(2022, 9, 19))).isFalse();
            assertThat(add(of(2022, 9, 16), 1)).isEqualTo(of(2022, 9, 20));
        }

        @Test
        void coronationOn8May2023IsNotAWorkingDay() {
            assertThat(calendar.isWorkingDay(of(2023, 5, 8))).isFalse();
            assertThat(add(of(2023, 5, 5), 1)).isEqualTo(of(2023, 5, 9));
        }
    }

    @Test
    void easterTakesGoodFridayAndEasterMonday() {
        assertThat(add(of(2024, 3, 28), 1)).isEqualTo(of(2024, 4, 2));
        assertThat(calendar.workingDaysBetween(of(2024, 3, 28), of(2024, 4, 2))).isEqualTo(1);
        assertThat(add(of(2019, 4, 18), 2)).isEqualTo(of(2019, 4, 24));
    }

    @Test
    void fromASaturdayTheFirstWorkingDayIsMonday() {
        assertThat(add(of(2024, 6, 1), 1)).isEqualTo(of(2024, 6, 3));
        assertThat(add(of(2024, 6, 2), 5)).isEqualTo(of(2024, 6, 7));
    }

    @Test
    void fromABankHolidayTheHolidayItselfIsNotCounted() {
        assertThat(add(of(2024, 12, 25), 1)).isEqualTo(of(2024, 12, 27));
        assertThat(calendar.workingDaysBetween(of(2024, 12, 25), of(2024, 12, 27))).isEqualTo(1);
    }

    @Test
    void monthEndsRollIntoTheNextMonth() {
        assertThat(add(of(2024, 1, 31), 1)).isEqualTo(of(2024, 2, 1));
        assertThat(add(of(2024, 5, 31), 1)).isEqualTo(of(2024, 6, 3));
        assertThat(add(of(2024, 4, 30), 10)).isEqualTo(of(2024, 5, 15));
    }

    @Test
    void twentyNinthFebruaryIsAWorkingDayInALeapYear() {
        assertThat(calendar.isWorkingDay(of(2024, 2, 29))).isTrue();
        assertThat(add(of(2024, 2, 28), 1)).isEqualTo(of(2024, 2, 29));
        assertThat(add(of(2024, 2, 28), 2)).isEqualTo(of(2024, 3, 1));
        assertThat(add(of(2023, 2, 28), 1)).isEqualTo(of(2023, 3, 1));
    }

    @Test
    void yearBoundariesSkipChristmasAndNewYearSubstitutes() {
        assertThat(add(of(2021, 12, 24), 1)).isEqualTo(of(2021, 12, 29));
        assertThat(add(of(2020, 12, 31), 1)).isEqualTo(of(2021, 1, 4));
        assertThat(calendar.workingDaysBetween(of(2021, 12, 24), of(2022, 1, 4))).isEqualTo(4);
    }

    @Nested
    class CountingBack {

        @Test
        void negativeDaysCountBackWithTheStartNotCounted() {
            assertThat(add(of(2017, 1, 13), -15)).isEqualTo(of(2016, 12, 20));
            assertThat(add(of(2024, 6, 3), -1)).isEqualTo(of(2024, 5, 31));
            assertThat(add(of(2024, 6, 1), -1)).isEqualTo(of(2024, 5, 31));
            assertThat(add(of(2024, 4, 2), -1)).isEqualTo(of(2024, 3, 28));
        }

        @Test
        void betweenIsNegativeWhenTheEndIsBeforeTheStart() {
            assertThat(calendar.workingDaysBetween(of(2017, 1, 13), of(2016, 12, 20))).isEqualTo(-15);
            assertThat(calendar.workingDaysBetween(of(2024, 6, 3), of(2024, 6, 3))).isZero();
        }

        @Test
        void addingThenCountingBackFromAWorkingDayReturnsToIt() {
            LocalDate start = of(2015, 1, 2);
            for (LocalDate d = start; d.isBefore(of(2027, 12, 31)); d = d.plusDays(3)) {
                if (calendar.isWorkingDay(d)) {
                    for (int n : new int[] { 1, 2, 5, 15, 20, 60, 250 }) {
                        LocalDate later = add(d, n);
                        assertThat(add(later, -n)).as("%s + %d - %d", d, n, n).isEqualTo(d);
                        assertThat(calendar.workingDaysBetween(d, later)).isEqualTo(n);
                        assertThat(calendar.workingDaysBetween(later, d)).isEqualTo(-n);
                    }
                }
            }
        }
    }

    @Nested
    class OutsideThePrecomputedYears {

        @Test
        void beforeNineteenNinetyOnlyWeekendsCountUnlessHolidaysAreKnown() {
            var withHoliday = WorkingDayCalendar.withHolidays(java.util.List.of(of(1985, 12, 25), of(1985, 12, 26)));
            assertThat(withHoliday.addWorkingDays(of(1985, 12, 24), 1)).isEqualTo(of(1985, 12, 27));
            assertThat(withHoliday.isWorkingDay(of(1985, 12, 25))).isFalse();
            assertThat(withHoliday.workingDaysBetween(of(1985, 12, 20), of(1985, 12, 31))).isEqualTo(5);
        }

        @Test
        void aCountAcrossTheEndOfTheTableGoesOnCorrectly() {
            var withHoliday = WorkingDayCalendar.withHolidays(java.util.List.of(of(2101, 1, 3)));
            assertThat(withHoliday.addWorkingDays(of(2100, 12, 31), 1)).isEqualTo(of(2101, 1, 4));
            assertThat(withHoliday.addWorkingDays(of(2101, 1, 4), -1)).isEqualTo(of(2100, 12, 31));
            assertThat(withHoliday.workingDaysBetween(of(2100, 12, 30), of(2101, 1, 7))).isEqualTo(5);
        }
    }
}
