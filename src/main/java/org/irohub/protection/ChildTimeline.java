package org.irohub.protection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.children.ChildDirectory;
import org.irohub.children.ChildId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A child's child protection history in date order, for the child page and the API. Each read is audited. */
@Service
public class ChildTimeline {

    private final StrategyDiscussions discussions;
    private final Conferences conferences;
    private final Plans plans;
    private final ChildDirectory children;
    private final AuditLog audit;

    ChildTimeline(StrategyDiscussions discussions, Conferences conferences, Plans plans, ChildDirectory children,
            AuditLog audit) {
        this.discussions = discussions;
        this.conferences = conferences;
        this.plans = plans;
        this.children = children;
        this.audit = audit;
    }

    @Transactional
    public List<TimelineEntry> of(ChildId child, String username) {
        children.checkAccess(child, username);
        List<TimelineEntry> entries = entries(child);
        audit.record(AuditEvent.success("CHILD_TIMELINE_VIEWED", "Child", child.value()));
        return entries;
    }

    /** Without the access check or audit: for the child page, which has checked and audited the view already. */
    List<TimelineEntry> entries(ChildId child) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (StrategyDiscussion d : discussions.findByChild(child.value())) {
            entries.add(new TimelineEntry(d.getHeldOn(), TimelineEntry.Kind.STRATEGY_DISCUSSION, d.getId(),
                    "Strategy discussion", d.isSection47Started() ? "Section 47 enquiry started; IRO service told "
                            + d.getNotifiedOn() : "No section 47 enquiry"));
        }
        for (Conference c : conferences.findByChild(child.value())) {
            entries.add(conferenceEntry(c));
        }
        for (ChildProtectionPlan p : plans.findByChild(child.value())) {
            entries.add(new TimelineEntry(p.getStartDate(), TimelineEntry.Kind.PLAN_STARTED, p.getId(),
                    "Child protection plan started", p.getInitialCategory().label()
                            + (p.getTransferredFrom() == null ? "" : "; transferred in from " + p.getTransferredFrom())));
            p.categoryHistory().stream().skip(1).forEach(change -> entries.add(new TimelineEntry(change.changedOn(),
                    TimelineEntry.Kind.CATEGORY_CHANGED, p.getId(), "Category changed", change.category().label())));
            if (p.getEndDate() != null) {
                entries.add(new TimelineEntry(p.getEndDate(), TimelineEntry.Kind.PLAN_ENDED, p.getId(),
                        "Child protection plan ended", p.getEndReason().label()));
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::date).thenComparing(e -> e.kind().ordinal()));
        return entries;
    }

    private static TimelineEntry conferenceEntry(Conference c) {
        String title = c.getType().label();
        String detail = switch (c.getStatus()) {
            case REQUESTED, BOOKED -> (c.getStatus() == ConferenceStatus.BOOKED ? "Booked" : "Requested") + "; due "
                    + c.getDueDate();
            case HELD -> describeOutcome(c);
            case NOT_REQUIRED -> "Not required: " + c.getClosedReason();
            case CANCELLED -> "Cancelled: " + c.getClosedReason();
        };
        return new TimelineEntry(c.getHeldOn() != null ? c.getHeldOn() : c.getDueDate(), TimelineEntry.Kind.CONFERENCE,
                c.getId(), title, detail);
    }

    private static String describeOutcome(Conference c) {
        String late = c.isLate() ? " (held after its due date of " + c.getDueDate() + ")" : "";
        return switch (c.getOutcome()) {
            case PLAN_STARTED -> "Plan: " + c.getCategory().label() + late;
            case NO_PLAN -> "No plan: " + c.getRecommendation().label() + late;
            case PLAN_CONTINUES -> "Plan continues" + (c.getCategory() == null ? "" : ": " + c.getCategory().label()) + late;
            case PLAN_ENDED -> "Plan ended: " + c.getEndReason().label() + late;
        };
    }
}
