package org.irohub.escalation;

import java.time.LocalDate;

/**
 * When a stage is due: {@link #stageDue} working days after it starts, and the formal stages together by
 * {@link #formalLimit}, 20 working days from the first formal stage (IRO Handbook 6.2).
 */
public interface StageDeadlines {

    LocalDate stageDue(Stage stage, LocalDate startedOn);

    LocalDate formalLimit(LocalDate firstFormalStageOn);
}
