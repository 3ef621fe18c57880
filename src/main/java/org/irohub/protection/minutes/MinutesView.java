package org.irohub.protection.minutes;

import java.time.LocalDate;
import java.util.List;

/**
 * A conference's minutes: every step with its due date and whether it is done or overdue, and the steps that can
 * be recorded now.
 */
public record MinutesView(long conferenceId, LocalDate heldOn, boolean complete, int version,
        List<MinutesStepStatus> steps, List<MinutesStep> recordable) {

    public MinutesStepStatus status(MinutesStep step) {
        return steps.stream().filter(s -> s.step() == step).findFirst().orElseThrow();
    }
}
