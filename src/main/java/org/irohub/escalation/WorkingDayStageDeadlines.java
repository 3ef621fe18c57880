package org.irohub.escalation;

import java.time.LocalDate;

import org.irohub.calendar.TimescaleId;
import org.irohub.calendar.Timescales;
import org.irohub.calendar.WorkingDays;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Stage due dates in working days from {@code irohub.escalation.stage-working-days} (5 unless set), which one
 * stage may override ({@code irohub.escalation.stage-2.working-days: 10}); the formal limit from the calendar's
 * {@link TimescaleId#ESCALATION_FORMAL_PROCESS} timescale.
 */
@Component
class WorkingDayStageDeadlines implements StageDeadlines {

    private final WorkingDays workingDays;
    private final Timescales timescales;
    private final Environment environment;

    WorkingDayStageDeadlines(WorkingDays workingDays, Timescales timescales, Environment environment) {
        this.workingDays = workingDays;
        this.timescales = timescales;
        this.environment = environment;
    }

    @Override
    public LocalDate stageDue(Stage stage, LocalDate startedOn) {
        int all = environment.getProperty("irohub.escalation.stage-working-days", Integer.class, 5);
        String key = "irohub.escalation." + stage.name().toLowerCase().replace('_', '-') + ".working-days";
        return workingDays.addWorkingDays(startedOn, environment.getProperty(key, Integer.class, all));
    }

    @Override
    public LocalDate formalLimit(LocalDate firstFormalStageOn) {
        return timescales.dueDate(TimescaleId.ESCALATION_FORMAL_PROCESS, firstFormalStageOn);
    }
}
