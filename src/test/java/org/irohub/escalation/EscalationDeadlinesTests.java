package org.irohub.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The configured stage timescale and the 20-working-day formal limit on the real calendar. */
@IroHubTest
class EscalationDeadlinesTests {

    @Autowired
    StageDeadlines deadlines;

    @Test
    void theFormalLimitIsTwentyWorkingDaysSkippingChristmasAndNewYearBankHolidays() {
        // Fri 20 Dec 2019: 25 and 26 Dec and 1 Jan are bank holidays, so 20 working days later is Wed 22 Jan.
        assertThat(deadlines.formalLimit(LocalDate.of(2019, 12, 20))).isEqualTo(LocalDate.of(2020, 1, 22));
    }

    @Test
    void aStageIsDueFiveWorkingDaysAfterItStartsByDefault() {
        // Fri 20 Dec 2019 + 5 working days: 23, 24, 27, 30, 31 Dec.
        assertThat(deadlines.stageDue(Stage.STAGE_1, LocalDate.of(2019, 12, 20))).isEqualTo(LocalDate.of(2019, 12, 31));
    }

    @Test
    void aStageStartedLateIsCappedAtTheFormalLimit() {
        Escalation e = Escalation.raise(EscalationChildren.of(new org.irohub.children.ChildId(1)), EscalationKind.QPR,
                "chair", LocalDate.of(2019, 12, 20), "HEALTH", "REPORTS", "Late reports", Stage.STAGE_1, null, null, deadlines);
        e.escalate(Stage.STAGE_2, LocalDate.of(2020, 1, 20), null, null, deadlines);
        assertThat(e.getFormalLimit()).isEqualTo(LocalDate.of(2020, 1, 22));
        assertThat(e.currentStage().dueDate()).isEqualTo(LocalDate.of(2020, 1, 22));
    }
}
