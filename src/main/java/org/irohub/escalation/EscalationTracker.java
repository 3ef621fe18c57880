package org.irohub.escalation;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly tracker of open escalations that the IRO service shares with children's social care (seed
 * Appendix 2). It names children, so each view and export is audited; a restricted child is listed without
 * name or LA id to anyone the record is not restricted to.
 */
@Service
public class EscalationTracker {

    /** The agency the tracker is for unless another (or every one) is asked for. */
    public static final String CHILDRENS_SOCIAL_CARE = "CHILDRENS_SOCIAL_CARE";

    private static final Comparator<TrackerRow> MOST_OVERDUE_FIRST = Comparator
        .comparingLong(TrackerRow::daysOverdue).reversed()
        .thenComparing(TrackerRow::dueDate)
        .thenComparing(TrackerRow::raisedOn);

    private final Escalations escalations;
    private final EscalationLists lists;
    private final EscalationChildNames children;
    private final ChairNames chairs;
    private final AuditLog audit;
    private final Clock clock;

    EscalationTracker(Escalations escalations, EscalationLists lists, EscalationChildNames children,
            ChairNames chairs, AuditLog audit, Clock clock) {
        this.escalations = escalations;
        this.lists = lists;
        this.children = children;
        this.chairs = chairs;
        this.audit = audit;
        this.clock = clock;
    }

    /** The tracker to read on a page; {@code agency} null for every agency. */
    @Transactional
    public WeeklyTracker view(String agency, String username) {
        return tracker(agency, username, "ESCALATION_TRACKER_VIEWED");
    }

    /** The tracker to download and send on; audited as an export, the children it names leaving the system. */
    @Transactional
    public WeeklyTracker export(String agency, String username) {
        return tracker(agency, username, "ESCALATION_TRACKER_EXPORTED");
    }

    private WeeklyTracker tracker(String agency, String username, String action) {
        Map<String, String> agencies = lists.labels(EscalationListKind.AGENCY);
        if (agency != null && !agencies.containsKey(agency)) {
            throw EscalationException.invalid("agency", "There is no agency " + agency + ": choose one of "
                    + String.join(", ", agencies.keySet()));
        }
        Map<String, String> themes = lists.labels(EscalationListKind.THEME);
        Map<String, String> names = chairs.all();
        LocalDate today = LocalDate.now(clock);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<TrackerRow> rows = escalations.findOpen().stream()
            .filter(e -> agency == null || agency.equals(e.getAgency()))
            .map(e -> row(e, username, new Labels(agencies, themes, names), today, monday))
            .sorted(MOST_OVERDUE_FIRST)
            .toList();
        audit.record(AuditEvent.success(action, EscalationService.RECORD_TYPE, "tracker")
            .withDetail((agency == null ? "all agencies" : agency) + ", " + rows.size() + " open as at " + today
                    + ", " + rows.stream().mapToLong(TrackerRow::hiddenChildren).sum() + " restricted children"));
        return new WeeklyTracker(monday, today, agency, agency == null ? null : agencies.get(agency), rows);
    }

    private record Labels(Map<String, String> agencies, Map<String, String> themes, Map<String, String> names) {
    }

    private TrackerRow row(Escalation e, String username, Labels labels, LocalDate today, LocalDate monday) {
        EscalationStage current = e.currentStage();
        EscalationStage answered = e.getStages().stream()
            .filter(s -> s.respondedOn() != null)
            .max(Comparator.comparing(EscalationStage::respondedOn))
            .orElse(null);
        return new TrackerRow(e.getId(), children.of(e, username), e.getKind(), e.getRaisedOn(), labels.names().getOrDefault(e.getRaisedBy(), e.getRaisedBy()),
                labels.agencies().getOrDefault(e.getAgency(), e.getAgency()),
                labels.themes().getOrDefault(e.getTheme(), e.getTheme()),
                current.stage(), withWhom(current.with()), current.dueDate(),
                current.overdueOn(today) ? ChronoUnit.DAYS.between(current.dueDate(), today) : 0,
                answered == null ? null : answered.response(), answered == null ? null : answered.respondedOn(),
                !e.getRaisedOn().isBefore(monday));
    }

    private static String withWhom(StageContact with) {
        String joined = Stream.of(with.name(), with.role(), with.agency())
            .filter(Objects::nonNull)
            .filter(s -> !s.isBlank())
            .collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }
}
