package org.irohub.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.irohub.calendar.internal.TimescaleCatalogue;
import org.junit.jupiter.api.Test;

/** Every timescale of the rules with its shipped value, on England and Wales's calendar. */
class TimescaleScheduleTests {

    private final WorkingDayCalendar calendar = BundledHolidays.calendarOf(Region.ENGLAND_AND_WALES);
    private final TimescaleSchedule shipped = TimescaleSchedule.of(TimescaleCatalogue.defaults(), List.of());

    private LocalDate due(TimescaleId id, LocalDate basis) {
        return shipped.dueDate(id, basis, calendar);
    }

    @Test
    void initialConferenceIsDueFifteenWorkingDaysAfterTheStrategyDiscussion() {
        assertThat(due(TimescaleId.ICPC, of(2016, 12, 20))).isEqualTo(of(2017, 1, 13));
    }

    @Test
    void transferInConferenceIsDueFifteenWorkingDaysAfterNotificationSkippingTheJubilee() {
        assertThat(due(TimescaleId.TRANSFER_IN_CONFERENCE, of(2022, 5, 27))).isEqualTo(of(2022, 6, 21));
    }

    @Test
    void firstReviewIsThreeCalendarMonthsAfterTheIcpcEndingOnTheLastDayOfFebruary() {
        assertThat(due(TimescaleId.FIRST_REVIEW, of(2022, 11, 30))).isEqualTo(of(2023, 2, 28));
        assertThat(due(TimescaleId.FIRST_REVIEW, of(2023, 11, 30))).isEqualTo(of(2024, 2, 29));
    }

    @Test
    void laterReviewsAreSixCalendarMonthsAfterThePreviousReview() {
        assertThat(due(TimescaleId.LATER_REVIEW, of(2023, 8, 31))).isEqualTo(of(2024, 2, 29));
    }

    @Test
    void preBirthFirstReviewIsTenWorkingDaysAfterTheBirthWhenThatIsSooner() {
        assertThat(shipped.preBirthFirstReviewDue(of(2023, 1, 10), of(2023, 3, 1), calendar)).isEqualTo(of(2023, 3, 15));
    }

    @Test
    void preBirthFirstReviewIsThreeMonthsAfterTheIcpcWhenTheBirthIsLateOrNotYet() {
        assertThat(shipped.preBirthFirstReviewDue(of(2023, 1, 10), of(2023, 4, 3), calendar)).isEqualTo(of(2023, 4, 10));
        assertThat(shipped.preBirthFirstReviewDue(of(2023, 1, 10), null, calendar)).isEqualTo(of(2023, 4, 10));
    }

    @Test
    void reconvenedInquorateConferenceIsDueTenWorkingDaysLaterSkippingTheStateFuneral() {
        assertThat(due(TimescaleId.RECONVENED_INQUORATE_CONFERENCE, of(2022, 9, 12))).isEqualTo(of(2022, 9, 27));
    }

    @Test
    void reportsAreDueWorkingDaysBeforeTheConference() {
        assertThat(due(TimescaleId.REPORT_TO_CHAIR_BEFORE_ICPC, of(2017, 1, 3))).isEqualTo(of(2016, 12, 29));
        assertThat(due(TimescaleId.REPORT_TO_CHAIR_BEFORE_REVIEW, of(2023, 5, 15))).isEqualTo(of(2023, 5, 5));
        assertThat(due(TimescaleId.REPORT_SHARED_WITH_PARENTS, of(2024, 4, 3))).isEqualTo(of(2024, 3, 27));
    }

    @Test
    void coreGroupMeetsWithinTenWorkingDaysOfTheIcpc() {
        assertThat(due(TimescaleId.CORE_GROUP_FIRST_MEETING, of(2017, 1, 5))).isEqualTo(of(2017, 1, 19));
    }

    @Test
    void decisionLetterMinutesAndCorrectionsCountWorkingDaysAfterTheConference() {
        assertThat(due(TimescaleId.DECISION_LETTER, of(2022, 9, 16))).isEqualTo(of(2022, 9, 20));
        assertThat(due(TimescaleId.MINUTES_DISTRIBUTED, of(2016, 12, 20))).isEqualTo(of(2017, 1, 13));
        assertThat(due(TimescaleId.MINUTES_CORRECTIONS, of(2020, 5, 1))).isEqualTo(of(2020, 5, 18));
    }

    @Test
    void formalEscalationEndsWithinTwentyWorkingDaysAcrossChristmas() {
        assertThat(due(TimescaleId.ESCALATION_FORMAL_PROCESS, of(2024, 12, 2))).isEqualTo(of(2025, 1, 2));
    }

    @Test
    void lookedAfterChildReviewsFollowRegulation33() {
        assertThat(due(TimescaleId.CLA_FIRST_REVIEW, of(2023, 4, 28))).isEqualTo(of(2023, 5, 31));
        assertThat(due(TimescaleId.CLA_SECOND_REVIEW, of(2023, 5, 31))).isEqualTo(of(2023, 8, 31));
        assertThat(due(TimescaleId.CLA_LATER_REVIEW, of(2024, 8, 31))).isEqualTo(of(2025, 2, 28));
    }

    @Test
    void iroIsAppointedWithinFiveWorkingDaysOverChristmasAndNewYear() {
        assertThat(due(TimescaleId.IRO_APPOINTED, of(2020, 12, 24))).isEqualTo(of(2021, 1, 5));
    }

    @Test
    void aChangeAppliesToDeadlinesCountedFromItsEffectiveDateOnwards() {
        var schedule = TimescaleSchedule.of(TimescaleCatalogue.defaults(),
                List.of(new TimescaleChange(TimescaleId.MINUTES_DISTRIBUTED, 20, of(2024, 4, 1))));

        assertThat(schedule.inForceOn(TimescaleId.MINUTES_DISTRIBUTED, of(2024, 3, 31)).amount()).isEqualTo(15);
        assertThat(schedule.inForceOn(TimescaleId.MINUTES_DISTRIBUTED, of(2024, 4, 1)).amount()).isEqualTo(20);
        assertThat(schedule.dueDate(TimescaleId.MINUTES_DISTRIBUTED, of(2024, 4, 2), calendar)).isEqualTo(of(2024, 4, 30));
        assertThat(schedule.scheduledAfter(TimescaleId.MINUTES_DISTRIBUTED, of(2024, 3, 1)))
            .containsExactly(new TimescaleChange(TimescaleId.MINUTES_DISTRIBUTED, 20, of(2024, 4, 1)));
    }

    @Test
    void theLaterOfTwoChangesForTheSameDateWins() {
        var schedule = TimescaleSchedule.of(TimescaleCatalogue.defaults(),
                List.of(new TimescaleChange(TimescaleId.DECISION_LETTER, 3, of(2024, 4, 1)),
                        new TimescaleChange(TimescaleId.DECISION_LETTER, 2, of(2024, 4, 1))));

        assertThat(schedule.inForceOn(TimescaleId.DECISION_LETTER, of(2024, 5, 1)).amount()).isEqualTo(2);
    }

    @Test
    void everyTimescaleHasAShippedValueDescribedInWords() {
        assertThat(TimescaleCatalogue.defaults()).containsOnlyKeys(TimescaleId.values());
        assertThat(TimescaleCatalogue.defaults().values()).allSatisfy(t -> {
            assertThat(t.source()).isNotBlank();
            assertThat(t.what()).isNotBlank();
        });
        assertThat(TimescaleCatalogue.defaults().get(TimescaleId.ICPC).describe())
            .isEqualTo("15 working days after the strategy discussion that started the section 47 enquiry");
    }
}
