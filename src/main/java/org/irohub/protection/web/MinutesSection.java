package org.irohub.protection.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.irohub.identity.Roles;
import org.irohub.protection.Conference;
import org.irohub.protection.ConferenceId;
import org.irohub.protection.ConferenceStatus;
import org.irohub.protection.minutes.MinutesService;
import org.irohub.protection.minutes.MinutesStep;
import org.irohub.protection.minutes.MinutesStepStatus;
import org.irohub.protection.minutes.MinutesView;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The minutes section of a held conference's page: each step, its due date, and forms for the next steps. */
@Component
class MinutesSection {

    /** What the person typed into one step's date, kept when the step is refused. */
    record Typed(String field, String day, String month, String year) {

        static final Typed NOTHING = new Typed("", "", "", "");

        public String day(String f) {
            return field.equals(f) ? day : "";
        }

        public String month(String f) {
            return field.equals(f) ? month : "";
        }

        public String year(String f) {
            return field.equals(f) ? year : "";
        }
    }

    record Row(String label, String due, String done, boolean overdue, String overdueText) {
    }

    record StepForm(String code, String field, String legend, String button) {
    }

    record Model(int version, List<Row> rows, List<StepForm> forms, boolean waitingForApprover) {
    }

    private final MinutesService minutes;

    MinutesSection(MinutesService minutes) {
        this.minutes = minutes;
    }

    Map<String, Object> of(Conference conference) {
        Map<String, Object> model = new HashMap<>();
        model.put("minutesTyped", Typed.NOTHING);
        if (conference.getStatus() != ConferenceStatus.HELD) {
            return model;
        }
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        minutes.find(new ConferenceId(conference.getId()), user.getName())
            .ifPresent(view -> model.put("minutes", model(view, canApprove(user))));
        return model;
    }

    private static Model model(MinutesView view, boolean canApprove) {
        List<Row> rows = view.steps().stream()
            .filter(s -> s.doneOn() != null || s.due() != null)
            .map(MinutesSection::row)
            .toList();
        List<StepForm> forms = view.recordable().stream()
            .filter(step -> canApprove || step != MinutesStep.APPROVED)
            .map(step -> new StepForm(step.code(), step.field(), step.label() + ": date", button(step)))
            .toList();
        return new Model(view.version(), rows, forms, !canApprove && view.recordable().contains(MinutesStep.APPROVED));
    }

    private static Row row(MinutesStepStatus s) {
        String done = s.doneOn() == null ? "Not yet" : Dates.format(s.doneOn()) + " (recorded by " + s.doneBy() + ")";
        String overdueText = s.workingDaysOverdue() == 1 ? "Overdue by 1 working day"
                : "Overdue by " + s.workingDaysOverdue() + " working days";
        return new Row(s.step().label(), s.due() == null ? "No due date" : Dates.format(s.due()), done, s.overdue(),
                overdueText);
    }

    private static String button(MinutesStep step) {
        return switch (step) {
            case DECISION_LETTER_SENT -> "Record decision letter sent";
            case RECEIVED -> "Record minutes received";
            case APPROVED -> "Approve the minutes";
            case DISTRIBUTED -> "Record minutes distributed";
            case CORRECTIONS_REQUESTED -> "Record corrections requested";
            case CORRECTIONS_RECEIVED -> "Record corrections received";
        };
    }

    private static boolean canApprove(Authentication user) {
        return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.CHAIR)
                || a.getAuthority().equals("ROLE_" + Roles.IRO_MANAGER));
    }
}
