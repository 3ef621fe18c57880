package org.irohub.protection.minutes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.irohub.calendar.TimescaleId;

/**
 * When each step of the minutes is due (rules.md "Minutes and plans"): the decision letter with the outline plan
 * 1 working day after the conference; the full record distributed 15 working days after it (configurable), so
 * receiving and approving the minutes are due by then too; corrections within 10 working days of distribution.
 * Asking for corrections is a participant's choice, so it is never overdue.
 */
public class MinutesTimescalePolicy {

    /** The calendar's timescales; a seam so the rule can be unit-tested against a fixed set of bank holidays. */
    interface DueDates {
        LocalDate due(TimescaleId timescale, LocalDate basis);
    }

    private final DueDates dueDates;

    MinutesTimescalePolicy(DueDates dueDates) {
        this.dueDates = dueDates;
    }

    /** The step's due date, or null when it has none yet (corrections before the minutes are distributed). */
    public LocalDate dueDate(Minutes minutes, MinutesStep step) {
        return switch (step) {
            case DECISION_LETTER_SENT -> dueDates.due(TimescaleId.DECISION_LETTER, minutes.getHeldOn());
            case RECEIVED, APPROVED, DISTRIBUTED -> dueDates.due(TimescaleId.MINUTES_DISTRIBUTED, minutes.getHeldOn());
            case CORRECTIONS_REQUESTED, CORRECTIONS_RECEIVED -> minutes.isDone(MinutesStep.DISTRIBUTED)
                    ? dueDates.due(TimescaleId.MINUTES_CORRECTIONS, minutes.doneOn(MinutesStep.DISTRIBUTED)) : null;
        };
    }

    /** Whether the step is not done and its due date has passed (due today is not yet overdue). */
    public boolean isOverdue(Minutes minutes, MinutesStep step, LocalDate today) {
        if (minutes.isDone(step) || step == MinutesStep.CORRECTIONS_REQUESTED) {
            return false;
        }
        if (step == MinutesStep.CORRECTIONS_RECEIVED && !minutes.isDone(MinutesStep.CORRECTIONS_REQUESTED)) {
            return false;
        }
        LocalDate due = dueDate(minutes, step);
        return due != null && due.isBefore(today);
    }

    /**
     * The steps someone must do next, each one that can be recorded now: the decision letter until it is sent,
     * the next step of the full record until it is distributed, and corrections asked for but not yet received.
     */
    public List<MinutesStep> outstanding(Minutes minutes) {
        List<MinutesStep> next = new ArrayList<>();
        if (!minutes.isDone(MinutesStep.DECISION_LETTER_SENT)) {
            next.add(MinutesStep.DECISION_LETTER_SENT);
        }
        for (MinutesStep step : List.of(MinutesStep.RECEIVED, MinutesStep.APPROVED, MinutesStep.DISTRIBUTED)) {
            if (!minutes.isDone(step)) {
                next.add(step);
                break;
            }
        }
        if (minutes.isDone(MinutesStep.CORRECTIONS_REQUESTED) && !minutes.isDone(MinutesStep.CORRECTIONS_RECEIVED)) {
            next.add(MinutesStep.CORRECTIONS_RECEIVED);
        }
        return next;
    }

    /** The steps that can be recorded now, including the optional request for corrections once distributed. */
    public List<MinutesStep> recordable(Minutes minutes) {
        List<MinutesStep> steps = new ArrayList<>(outstanding(minutes));
        if (minutes.isDone(MinutesStep.DISTRIBUTED) && !minutes.isDone(MinutesStep.CORRECTIONS_REQUESTED)) {
            steps.add(MinutesStep.CORRECTIONS_REQUESTED);
        }
        return steps;
    }
}
