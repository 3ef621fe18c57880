package org.irohub.interchange.generator;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.irohub.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

class BundledBankHolidaysTests {

    @Test
    void readsTheSameEnglandAndWalesDatesAsTheCalendarModule() {
        assertThat(BundledBankHolidays.listed()).containsExactlyInAnyOrderElementsOf(RealBankHolidays.DATES);
    }

    @Test
    void takesOnlyTheEnglandAndWalesDivision() {
        String json = """
                {"scotland": {"division": "scotland", "events": [{"title": "2 January", "date": "2017-01-02"}]},
                 "england-and-wales": {"division": "england-and-wales", "events": [
                    {"title": "Boxing Day", "date": "2016-12-26"}, {"title": "x", "date": "2016-12-27"}]},
                 "northern-ireland": {"division": "northern-ireland", "events": [{"title": "St Patrick", "date": "2017-03-17"}]}}
                """;
        assertThat(BundledBankHolidays.englandAndWales(json)).containsExactly(of(2016, 12, 26), of(2016, 12, 27));
    }

    @Test
    void countsFifteenWorkingDaysAcrossChristmas2016AsRulesMdDoes() {
        WorkingDayCalendar calendar = BundledBankHolidays.calendar(2000, 2030);
        assertThat(calendar.addWorkingDays(of(2016, 12, 20), 15)).isEqualTo(of(2017, 1, 13));
    }

    @Test
    void rulesGiveGovUkDatesInEveryListedYearWithoutOneOffChanges() {
        for (int year = 2015; year <= 2027; year++) {
            if (Set.of(2020, 2022, 2023).contains(year)) {
                continue;
            }
            int y = year;
            List<LocalDate> listed = RealBankHolidays.DATES.stream().filter(d -> d.getYear() == y).toList();
            assertThat(EnglandAndWalesHolidays.of(year)).as("year %d", year).containsExactlyInAnyOrderElementsOf(listed);
        }
    }

    @Test
    void fillsYearsBeforeTheListByRule() {
        WorkingDayCalendar calendar = BundledBankHolidays.calendar(2005, 2030);
        assertThat(calendar.isWorkingDay(of(2012, 6, 5))).as("diamond jubilee").isFalse();
        assertThat(calendar.isWorkingDay(of(2011, 4, 29))).as("royal wedding").isFalse();
        assertThat(calendar.isWorkingDay(of(2010, 12, 27))).as("Christmas substitute").isFalse();
        assertThat(calendar.isWorkingDay(of(2010, 12, 29))).isTrue();
        assertThat(calendar.isWorkingDay(of(2009, 4, 10))).as("Good Friday 2009").isFalse();
    }

    @Test
    void findsEasterSunday() {
        assertThat(EnglandAndWalesHolidays.easterSunday(2008)).isEqualTo(of(2008, 3, 23));
        assertThat(EnglandAndWalesHolidays.easterSunday(2011)).isEqualTo(of(2011, 4, 24));
        assertThat(EnglandAndWalesHolidays.easterSunday(2019)).isEqualTo(of(2019, 4, 21));
    }
}
