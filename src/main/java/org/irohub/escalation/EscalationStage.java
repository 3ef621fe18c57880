package org.irohub.escalation;

import java.time.LocalDate;

/** One stage an escalation went through: who it was with, when it started and was due, and the response. */
public record EscalationStage(Stage stage, LocalDate startedOn, LocalDate dueDate, StageContact with,
        String skipReason, String response, LocalDate respondedOn) {

    EscalationStage responded(String text, LocalDate on) {
        return new EscalationStage(stage, startedOn, dueDate, with, skipReason, text, on);
    }

    /** Open past its due date on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return respondedOn == null && today.isAfter(dueDate);
    }
}
