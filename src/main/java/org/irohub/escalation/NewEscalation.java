package org.irohub.escalation;

import java.time.LocalDate;

/**
 * What a chair or IRO gives to raise an escalation. {@code stage} is where it starts (Informal when absent);
 * starting beyond Stage 1 needs a {@code reason}. {@code with} is who the first stage is with, when known.
 */
public record NewEscalation(Long childId, EscalationKind kind, LocalDate raisedOn, String agency, String theme,
        String description, Stage stage, String reason, StageContact with) {
}
