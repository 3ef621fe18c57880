package org.irohub.protection.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.irohub.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

class MinutesTimescalePolicyTests {

    private static final WorkingDayCalendar ENGLAND = WorkingDayCalendar.withHolidays(List.of(
            LocalDate.of(2016, 12, 26), LocalDate.of(2016, 12, 27), LocalDate.of(2017, 1, 2),
            LocalDate.of(2017, 4, 14), LocalDate.of(2017, 4, 17)));

    /** The local defaults, as the calendar module ships them: 1, 15 and 10 working days. */
    private final MinutesTimescalePolicy policy = new MinutesTimescalePolicy((timescale, basis) -> switch (timescale) {
        case DECISION_LETTER -> ENGLAND.addWorkingDays(basis, 1);
        case MINUTES_DISTRIBUTED -> ENGLAND.addWorkingDays(basis, 15);
        case MINUTES_CORRECTIONS -> ENGLAND.addWorkingDays(basis, 10);
        default -> throw new IllegalArgumentException(timescale.name());
    });

    private static final LocalDate FRIDAY_BEFORE_CHRISTMAS = LocalDate.of(2016, 12, 23);

    private static Minutes heldOn(LocalDate date) {
        return Minutes.open(1L, date, Instant.EPOCH);
    }

    @Test
    void decisionLetterAfterTheFridayBeforeChristmas2016IsDueWednesday28DecemberAfterBothBankHolidays() {
        assertThat(policy.dueDate(heldOn(FRIDAY_BEFORE_CHRISTMAS), MinutesStep.DECISION_LETTER_SENT))
            .isEqualTo(LocalDate.of(2016, 12, 28));
    }

    @Test
    void minutesAfterTheFridayBeforeChristmas2016AreDue15WorkingDaysLaterSkippingThreeBankHolidays() {
        Minutes minutes = heldOn(FRIDAY_BEFORE_CHRISTMAS);
        LocalDate wednesday18January = LocalDate.of(2017, 1, 18);

        assertThat(policy.dueDate(minutes, MinutesStep.DISTRIBUTED)).isEqualTo(wednesday18January);
        assertThat(policy.dueDate(minutes, MinutesStep.RECEIVED)).isEqualTo(wednesday18January);
        assertThat(policy.dueDate(minutes, MinutesStep.APPROVED)).isEqualTo(wednesday18January);
    }

    @Test
    void correctionsAreDueTenWorkingDaysAfterDistributionAcrossEaster() {
        Minutes minutes = heldOn(LocalDate.of(2017, 3, 20));
        assertThat(policy.dueDate(minutes, MinutesStep.CORRECTIONS_RECEIVED)).isNull();
        LocalDate today = LocalDate.of(2017, 4, 10);
        minutes.record(MinutesStep.RECEIVED, LocalDate.of(2017, 4, 3), "bs", today);
        minutes.record(MinutesStep.APPROVED, LocalDate.of(2017, 4, 4), "chair", today);
        minutes.record(MinutesStep.DISTRIBUTED, LocalDate.of(2017, 4, 10), "bs", today);

        // 10 working days from Monday 10 April, with Good Friday and Easter Monday off: Wednesday 26 April.
        assertThat(policy.dueDate(minutes, MinutesStep.CORRECTIONS_RECEIVED)).isEqualTo(LocalDate.of(2017, 4, 26));
    }

    @Test
    void aStepIsOverdueTheWorkingDayAfterItsDueDateNotOnIt() {
        Minutes minutes = heldOn(FRIDAY_BEFORE_CHRISTMAS);

        assertThat(policy.isOverdue(minutes, MinutesStep.DECISION_LETTER_SENT, LocalDate.of(2016, 12, 28))).isFalse();
        assertThat(policy.isOverdue(minutes, MinutesStep.DECISION_LETTER_SENT, LocalDate.of(2016, 12, 29))).isTrue();
        assertThat(policy.isOverdue(minutes, MinutesStep.DISTRIBUTED, LocalDate.of(2017, 1, 19))).isTrue();
    }

    @Test
    void aStepDoneLateIsNoLongerOverdue() {
        Minutes minutes = heldOn(FRIDAY_BEFORE_CHRISTMAS);
        minutes.record(MinutesStep.DECISION_LETTER_SENT, LocalDate.of(2017, 1, 5), "chair", LocalDate.of(2017, 1, 5));

        assertThat(policy.isOverdue(minutes, MinutesStep.DECISION_LETTER_SENT, LocalDate.of(2017, 2, 1))).isFalse();
    }

    @Test
    void askingForCorrectionsIsOptionalSoNeverOverdue() {
        Minutes minutes = distributed();

        assertThat(policy.isOverdue(minutes, MinutesStep.CORRECTIONS_REQUESTED, LocalDate.of(2018, 1, 1))).isFalse();
        assertThat(policy.isOverdue(minutes, MinutesStep.CORRECTIONS_RECEIVED, LocalDate.of(2018, 1, 1))).isFalse();
        assertThat(policy.outstanding(minutes)).isEmpty();
        assertThat(policy.recordable(minutes)).containsExactly(MinutesStep.CORRECTIONS_REQUESTED);
    }

    @Test
    void correctionsAskedForAreChasedUntilReceived() {
        Minutes minutes = distributed();
        minutes.record(MinutesStep.CORRECTIONS_REQUESTED, LocalDate.of(2017, 1, 20), "bs", LocalDate.of(2017, 1, 20));

        assertThat(policy.outstanding(minutes)).containsExactly(MinutesStep.CORRECTIONS_RECEIVED);
        assertThat(policy.isOverdue(minutes, MinutesStep.CORRECTIONS_RECEIVED, LocalDate.of(2017, 2, 2))).isTrue();
    }

    @Test
    void theNextStepsAreTheDecisionLetterAndTheNextStepOfTheFullRecord() {
        Minutes minutes = heldOn(FRIDAY_BEFORE_CHRISTMAS);
        assertThat(policy.outstanding(minutes)).containsExactly(MinutesStep.DECISION_LETTER_SENT, MinutesStep.RECEIVED);

        minutes.record(MinutesStep.RECEIVED, LocalDate.of(2017, 1, 9), "bs", LocalDate.of(2017, 1, 9));
        assertThat(policy.outstanding(minutes)).containsExactly(MinutesStep.DECISION_LETTER_SENT, MinutesStep.APPROVED);
    }

    private static Minutes distributed() {
        Minutes minutes = heldOn(FRIDAY_BEFORE_CHRISTMAS);
        LocalDate today = LocalDate.of(2017, 1, 20);
        minutes.record(MinutesStep.DECISION_LETTER_SENT, LocalDate.of(2016, 12, 28), "chair", today);
        minutes.record(MinutesStep.RECEIVED, LocalDate.of(2017, 1, 9), "bs", today);
        minutes.record(MinutesStep.APPROVED, LocalDate.of(2017, 1, 11), "chair", today);
        minutes.record(MinutesStep.DISTRIBUTED, LocalDate.of(2017, 1, 16), "bs", today);
        return minutes;
    }
}
