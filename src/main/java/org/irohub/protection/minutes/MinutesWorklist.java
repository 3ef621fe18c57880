package org.irohub.protection.minutes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.calendar.WorkingDays;
import org.irohub.protection.ConferenceQueries;
import org.irohub.protection.ConferenceSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Business support's list: every step of the minutes waiting to be done, overdue first, then soonest due. */
@Service
public class MinutesWorklist {

    /** Most overdue first, then the soonest due; a step with no due date yet goes last. */
    static final Comparator<MinutesDue> URGENCY = Comparator.comparing(MinutesDue::overdue).reversed()
        .thenComparing(MinutesDue::workingDaysOverdue, Comparator.reverseOrder())
        .thenComparing(MinutesDue::due, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(MinutesDue::conferenceId);

    private final MinutesRecords records;
    private final MinutesTimescalePolicy policy;
    private final ConferenceQueries conferences;
    private final ConferenceChildren children;
    private final WorkingDays workingDays;
    private final AuditLog audit;
    private final Clock clock;

    MinutesWorklist(MinutesRecords records, MinutesTimescalePolicy policy, ConferenceQueries conferences,
            ConferenceChildren children, WorkingDays workingDays, AuditLog audit, Clock clock) {
        this.records = records;
        this.policy = policy;
        this.conferences = conferences;
        this.children = children;
        this.workingDays = workingDays;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param step only this step, or empty for all
     * @param overdueOnly only steps past their due date
     */
    @Transactional
    public List<MinutesDue> outstanding(Optional<MinutesStep> step, boolean overdueOnly, String username) {
        LocalDate today = LocalDate.now(clock);
        List<MinutesDue> due = new ArrayList<>();
        for (Minutes minutes : records.findIncomplete()) {
            Optional<ConferenceSummary> conference = conferences.find(minutes.getConferenceId());
            if (conference.isEmpty() || !children.canSeeAll(conference.get().childIds(), username)) {
                continue;
            }
            for (MinutesStep next : policy.outstanding(minutes)) {
                boolean overdue = policy.isOverdue(minutes, next, today);
                if (step.map(s -> s != next).orElse(false) || (overdueOnly && !overdue)) {
                    continue;
                }
                due.add(row(minutes, conference.get(), next, overdue, today));
            }
        }
        due.sort(URGENCY);
        audit.record(AuditEvent.success("MINUTES_LIST_VIEWED", "Minutes", null)
            .withDetail("rows=" + due.size() + step.map(s -> ", step=" + s).orElse("") + (overdueOnly ? ", overdue" : "")));
        return due;
    }

    private MinutesDue row(Minutes minutes, ConferenceSummary conference, MinutesStep step, boolean overdue,
            LocalDate today) {
        LocalDate dueDate = policy.dueDate(minutes, step);
        int between = dueDate == null ? 0 : workingDays.workingDaysBetween(today, dueDate);
        return new MinutesDue(minutes.getConferenceId(), conference.type().label(), minutes.getHeldOn(),
                children.names(conference.childIds()), step, dueDate, overdue, overdue ? -between : 0,
                overdue ? 0 : Math.max(between, 0));
    }
}
