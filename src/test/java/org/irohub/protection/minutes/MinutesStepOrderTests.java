package org.irohub.protection.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.irohub.protection.ProtectionException;
import org.junit.jupiter.api.Test;

class MinutesStepOrderTests {

    private static final LocalDate HELD = LocalDate.of(2016, 12, 23);
    private static final LocalDate TODAY = LocalDate.of(2017, 1, 20);

    private final Minutes minutes = Minutes.open(1L, HELD, Instant.EPOCH);

    @Test
    void refusesApprovalBeforeTheMinutesAreReceivedNamingTheField() {
        assertThatThrownBy(() -> minutes.record(MinutesStep.APPROVED, LocalDate.of(2017, 1, 10), "chair", TODAY))
            .isInstanceOfSatisfying(ProtectionException.class, e -> {
                assertThat(e.kind()).isEqualTo(ProtectionException.Kind.CONFLICT);
                assertThat(e.field()).isEqualTo("approved");
            })
            .hasMessageContaining("You cannot approve the minutes yet")
            .hasMessageContaining("Minutes received from the minute-taker");
    }

    @Test
    void refusesDistributionBeforeApproval() {
        minutes.record(MinutesStep.RECEIVED, LocalDate.of(2017, 1, 9), "bs", TODAY);

        assertThatThrownBy(() -> minutes.record(MinutesStep.DISTRIBUTED, LocalDate.of(2017, 1, 10), "bs", TODAY))
            .isInstanceOfSatisfying(ProtectionException.class,
                    e -> assertThat(e.kind()).isEqualTo(ProtectionException.Kind.CONFLICT))
            .hasMessageContaining("Minutes approved by the chair");
    }

    @Test
    void refusesCorrectionsBeforeDistribution() {
        assertThatThrownBy(() -> minutes.record(MinutesStep.CORRECTIONS_REQUESTED, TODAY, "bs", TODAY))
            .isInstanceOf(ProtectionException.class)
            .hasMessageContaining("Minutes distributed");
    }

    @Test
    void walksEveryStepInOrderAndIsCompleteOnlyWhenLetterAndMinutesAreOut() {
        minutes.record(MinutesStep.RECEIVED, LocalDate.of(2017, 1, 9), "bs", TODAY);
        minutes.record(MinutesStep.APPROVED, LocalDate.of(2017, 1, 10), "chair", TODAY);
        minutes.record(MinutesStep.DISTRIBUTED, LocalDate.of(2017, 1, 11), "bs", TODAY);
        assertThat(minutes.isComplete()).isFalse();

        minutes.record(MinutesStep.DECISION_LETTER_SENT, LocalDate.of(2016, 12, 28), "chair", TODAY);
        assertThat(minutes.isComplete()).isTrue();
        assertThat(minutes.done(MinutesStep.APPROVED)).map(MinutesStepDone::doneBy).contains("chair");

        minutes.record(MinutesStep.CORRECTIONS_REQUESTED, LocalDate.of(2017, 1, 12), "bs", TODAY);
        assertThat(minutes.isComplete()).isFalse();
        minutes.record(MinutesStep.CORRECTIONS_RECEIVED, LocalDate.of(2017, 1, 19), "bs", TODAY);
        assertThat(minutes.isComplete()).isTrue();
    }

    @Test
    void refusesAStepRecordedTwice() {
        minutes.record(MinutesStep.RECEIVED, LocalDate.of(2017, 1, 9), "bs", TODAY);

        assertThatThrownBy(() -> minutes.record(MinutesStep.RECEIVED, LocalDate.of(2017, 1, 10), "bs", TODAY))
            .isInstanceOfSatisfying(ProtectionException.class,
                    e -> assertThat(e.kind()).isEqualTo(ProtectionException.Kind.CONFLICT))
            .hasMessageContaining("Already recorded")
            .hasMessageContaining("9 January 2017");
    }

    @Test
    void refusesADateInTheFuture() {
        assertThatThrownBy(() -> minutes.record(MinutesStep.RECEIVED, TODAY.plusDays(1), "bs", TODAY))
            .isInstanceOfSatisfying(ProtectionException.class,
                    e -> assertThat(e.kind()).isEqualTo(ProtectionException.Kind.INVALID))
            .hasMessage("The date cannot be in the future");
    }

    @Test
    void refusesADateBeforeTheConference() {
        assertThatThrownBy(() -> minutes.record(MinutesStep.DECISION_LETTER_SENT, HELD.minusDays(1), "chair", TODAY))
            .isInstanceOfSatisfying(ProtectionException.class, e -> assertThat(e.field()).isEqualTo("decisionLetterSent"))
            .hasMessageContaining("before the conference, held on 23 December 2016");
    }

    @Test
    void refusesApprovalDatedBeforeTheMinutesWereReceived() {
        minutes.record(MinutesStep.RECEIVED, LocalDate.of(2017, 1, 9), "bs", TODAY);

        assertThatThrownBy(() -> minutes.record(MinutesStep.APPROVED, LocalDate.of(2017, 1, 6), "chair", TODAY))
            .isInstanceOfSatisfying(ProtectionException.class,
                    e -> assertThat(e.kind()).isEqualTo(ProtectionException.Kind.INVALID))
            .hasMessageContaining("cannot be before \"Minutes received from the minute-taker\" on 9 January 2017");
    }

    @Test
    void refusesAMissingDate() {
        assertThatThrownBy(() -> minutes.record(MinutesStep.RECEIVED, null, "bs", TODAY))
            .isInstanceOfSatisfying(ProtectionException.class, e -> assertThat(e.field()).isEqualTo("received"))
            .hasMessageContaining("Enter the date");
    }
}
