package org.irohub.escalation;

import java.time.LocalDate;

/**
 * What a chair or IRO gives to raise an escalation. {@code stage} is where it starts (Informal when absent);
 * starting beyond Stage 1 needs a {@code reason}. {@code with} is who the first stage is with, when known.
 * {@code siblingGroup} true raises one escalation about the child and every sibling in the child's sibling group
 * that the chair may see; it is refused for a child who is not in a group.
 */
public record NewEscalation(Long childId, EscalationKind kind, LocalDate raisedOn, String agency, String theme,
        String description, Stage stage, String reason, StageContact with, Boolean siblingGroup) {

    /** An escalation about the one child. */
    public NewEscalation(Long childId, EscalationKind kind, LocalDate raisedOn, String agency, String theme,
            String description, Stage stage, String reason, StageContact with) {
        this(childId, kind, raisedOn, agency, theme, description, stage, reason, with, null);
    }

    public boolean forSiblingGroup() {
        return Boolean.TRUE.equals(siblingGroup);
    }
}
