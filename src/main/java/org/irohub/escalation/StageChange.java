package org.irohub.escalation;

import java.time.LocalDate;

/** Escalate to {@code toStage} on {@code on}; {@code reason} when it skips a stage; {@code with} when known. */
public record StageChange(Stage toStage, LocalDate on, String reason, StageContact with) {
}
