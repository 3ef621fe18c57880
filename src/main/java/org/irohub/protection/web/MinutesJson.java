package org.irohub.protection.web;

import java.time.LocalDate;
import java.util.List;

import org.irohub.protection.minutes.MinutesDue;
import org.irohub.protection.minutes.MinutesStep;
import org.irohub.protection.minutes.MinutesStepStatus;
import org.irohub.protection.minutes.MinutesView;

/** A conference's minutes in the API: steps named as in their addresses ({@code decision-letter-sent}). */
record MinutesJson(long conferenceId, LocalDate heldOn, boolean complete, int version, List<StepJson> steps,
        List<String> next) {

    record StepJson(String step, String label, LocalDate due, LocalDate doneOn, String doneBy, boolean overdue,
            int workingDaysOverdue) {

        static StepJson of(MinutesStepStatus s) {
            return new StepJson(s.step().code(), s.step().label(), s.due(), s.doneOn(), s.doneBy(), s.overdue(),
                    s.workingDaysOverdue());
        }
    }

    record DueJson(long conferenceId, String conferenceType, LocalDate heldOn, List<String> children, String step,
            String label, LocalDate due, boolean overdue, int workingDaysOverdue, int workingDaysLeft) {

        static DueJson of(MinutesDue d) {
            return new DueJson(d.conferenceId(), d.conferenceType(), d.heldOn(), d.children(), d.step().code(),
                    d.step().label(), d.due(), d.overdue(), d.workingDaysOverdue(), d.workingDaysLeft());
        }
    }

    /** The body of a step: the day it happened and the version of the minutes the client last read. */
    record StepRequest(LocalDate on, Integer version) {
    }

    static MinutesJson of(MinutesView v) {
        return new MinutesJson(v.conferenceId(), v.heldOn(), v.complete(), v.version(),
                v.steps().stream().map(StepJson::of).toList(), v.recordable().stream().map(MinutesStep::code).toList());
    }
}
