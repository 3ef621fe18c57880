package org.irohub.protection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.irohub.calendar.WorkingDays;
import org.irohub.children.ChildDirectory;
import org.irohub.children.ChildId;
import org.irohub.protection.Category;
import org.irohub.protection.Conference;
import org.irohub.protection.LateReasons;
import org.irohub.protection.NoPlanRecommendation;
import org.irohub.protection.PlanEndReason;
import org.irohub.protection.participation.web.ParticipationSection;
import org.springframework.stereotype.Component;

/** What the conference page shows besides the form: the children, the due date in words, the lists to choose from. */
@Component
class ConferencePageModel {

    private final ChildDirectory children;
    private final LateReasons lateReasons;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final MinutesSection minutesSection;
    private final ParticipationSection participation;

    ConferencePageModel(ChildDirectory children, LateReasons lateReasons, WorkingDays workingDays, Clock clock,
            MinutesSection minutesSection, ParticipationSection participation) {
        this.children = children;
        this.lateReasons = lateReasons;
        this.workingDays = workingDays;
        this.clock = clock;
        this.minutesSection = minutesSection;
        this.participation = participation;
    }

    Map<String, Object> of(Conference conference) {
        Map<String, Object> model = new HashMap<>();
        model.put("conference", conference);
        model.put("children", conference.getChildIds().stream().map(id -> children.get(new ChildId(id))).toList());
        model.put("dueDate", Dates.format(conference.getDueDate()));
        model.put("heldOn", Dates.format(conference.getHeldOn()));
        model.put("dueBasis", Dates.format(conference.getDueBasis()));
        model.put("dueText", dueText(conference));
        model.put("categories", Category.values());
        model.put("recommendations", NoPlanRecommendation.values());
        model.put("endReasons", PlanEndReason.values());
        model.put("lateReasonOptions", lateReasons.all().stream().filter(r -> r.active()).toList());
        model.put("lateReasonLabels", lateReasonLabels());
        model.putAll(participation.model(conference));
        model.putAll(minutesSection.of(conference));
        return model;
    }

    private Map<String, String> lateReasonLabels() {
        Map<String, String> labels = new HashMap<>();
        lateReasons.all().forEach(r -> labels.put(r.code(), r.label()));
        return labels;
    }

    private String dueText(Conference conference) {
        if (!conference.getStatus().isOpen()) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate due = conference.getDueDate();
        if (due.equals(today)) {
            return "Due today";
        }
        int between = workingDays.workingDaysBetween(today, due);
        if (due.isAfter(today)) {
            return between + (between == 1 ? " working day left" : " working days left");
        }
        int late = -between;
        return "Overdue: due " + Dates.format(due) + (late == 0 ? "" : ", " + late + (late == 1 ? " working day ago" : " working days ago"));
    }

}
