package org.irohub.escalation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.irohub.children.ChildId;
import org.irohub.children.SiblingGroupId;

/**
 * A QPR or DRP: raised on a child's case (or on a sibling group's, as one escalation about all of them) against
 * an agency, escalated up through the stages (never down; a skipped stage needs a reason), then resolved or
 * withdrawn. Every action is dated no earlier than the last.
 */
public class Escalation {

    private Long id;
    private int version;
    private final ChildId childId;
    private final List<ChildId> childIds;
    private final SiblingGroupId siblingGroup;
    private final EscalationKind kind;
    private final String raisedBy;
    private final LocalDate raisedOn;
    private final String agency;
    private final String theme;
    private final String description;
    private EscalationStatus status;
    private final List<EscalationStage> stages;
    private LocalDate formalLimit;
    private LocalDate closedOn;
    private String resolution;

    Escalation(Long id, int version, EscalationChildren children, EscalationKind kind, String raisedBy,
            LocalDate raisedOn, String agency, String theme, String description, EscalationStatus status,
            List<EscalationStage> stages, LocalDate formalLimit, LocalDate closedOn, String resolution) {
        this.id = id;
        this.version = version;
        this.childId = children.lead();
        this.childIds = children.all();
        this.siblingGroup = children.siblingGroup();
        this.kind = kind;
        this.raisedBy = raisedBy;
        this.raisedOn = raisedOn;
        this.agency = agency;
        this.theme = theme;
        this.description = description;
        this.status = status;
        this.stages = new ArrayList<>(stages);
        this.formalLimit = formalLimit;
        this.closedOn = closedOn;
        this.resolution = resolution;
    }

    static Escalation raise(EscalationChildren children, EscalationKind kind, String raisedBy, LocalDate raisedOn,
            String agency, String theme, String description, Stage firstStage, String reason, StageContact with,
            StageDeadlines deadlines) {
        Stage first = firstStage == null ? Stage.INFORMAL : firstStage;
        if (first.compareTo(Stage.STAGE_1) > 0 && blank(reason)) {
            throw EscalationException.unprocessable("reason",
                    "Starting at " + first.label() + " skips a stage: give the reason");
        }
        Escalation e = new Escalation(null, 0, children, kind, raisedBy, raisedOn, agency, theme, description,
                EscalationStatus.OPEN, List.of(), null, null, null);
        e.open(first, raisedOn, first.compareTo(Stage.STAGE_1) > 0 ? reason : null, with, deadlines);
        return e;
    }

    /** Moves the escalation up to {@code to} on {@code on}; skipping a stage needs a reason. */
    void escalate(Stage to, LocalDate on, String reason, StageContact with, StageDeadlines deadlines) {
        requireOpen();
        requireNotBeforeLastAction(on);
        Stage current = currentStage().stage();
        if (to == null) {
            throw EscalationException.invalid("toStage", "Say which stage to escalate to");
        }
        if (to.compareTo(current) <= 0) {
            throw EscalationException.conflict("toStage",
                    "It is at " + current.label() + " already: an escalation only goes up, not to " + to.label());
        }
        if (current.skipsTo(to) && blank(reason)) {
            throw EscalationException.unprocessable("reason",
                    "Going from " + current.label() + " to " + to.label() + " skips a stage: give the reason");
        }
        open(to, on, current.skipsTo(to) ? reason : null, with, deadlines);
    }

    /** Records the response to the current stage. */
    void respond(String response, LocalDate on) {
        requireOpen();
        requireNotBeforeLastAction(on);
        if (blank(response)) {
            throw EscalationException.invalid("response", "Enter the response");
        }
        stages.set(stages.size() - 1, currentStage().responded(response, on));
    }

    void resolve(LocalDate on, String resolution) {
        close(on, resolution, "resolution", EscalationStatus.RESOLVED);
    }

    void withdraw(LocalDate on, String reason) {
        close(on, reason, "reason", EscalationStatus.WITHDRAWN);
    }

    private void close(LocalDate on, String text, String field, EscalationStatus to) {
        requireOpen();
        requireNotBeforeLastAction(on);
        if (blank(text)) {
            throw EscalationException.invalid(field, "Enter the " + field);
        }
        this.status = to;
        this.closedOn = on;
        this.resolution = text;
    }

    private void open(Stage stage, LocalDate on, String reason, StageContact with, StageDeadlines deadlines) {
        if (stage.isFormal() && formalLimit == null) {
            formalLimit = deadlines.formalLimit(on);
        }
        LocalDate due = deadlines.stageDue(stage, on);
        if (stage.isFormal() && due.isAfter(formalLimit)) {
            due = formalLimit;
        }
        stages.add(new EscalationStage(stage, on, due, with == null ? StageContact.UNKNOWN : with, reason, null, null));
    }

    private void requireOpen() {
        if (status != EscalationStatus.OPEN) {
            throw EscalationException.conflict("status", "The escalation is " + status.name().toLowerCase()
                    + " already: nothing more can be done on it");
        }
    }

    private void requireNotBeforeLastAction(LocalDate on) {
        if (on == null) {
            throw EscalationException.invalid("on", "Enter the date");
        }
        if (on.isBefore(lastActionOn())) {
            throw EscalationException.invalid("on", "The date must be on or after " + lastActionOn()
                    + ", the escalation's last action");
        }
    }

    /** The date of the latest thing that happened: raised, a stage started or answered, closed. */
    public LocalDate lastActionOn() {
        LocalDate last = raisedOn;
        for (EscalationStage s : stages) {
            last = later(later(last, s.startedOn()), s.respondedOn());
        }
        return later(last, closedOn);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public EscalationStage currentStage() {
        return stages.get(stages.size() - 1);
    }

    public Stage highestStage() {
        return currentStage().stage();
    }

    /** Open with its current stage unanswered past its due date. */
    public boolean isOverdueOn(LocalDate today) {
        return status == EscalationStatus.OPEN && currentStage().overdueOn(today);
    }

    /** Closed (or, when open, still) within the 20 working days of the formal process. */
    public boolean withinFormalLimit(LocalDate today) {
        LocalDate end = closedOn == null ? today : closedOn;
        return formalLimit == null || !end.isAfter(formalLimit);
    }

    void assignId(long newId) {
        this.id = newId;
    }

    void nextVersion() {
        this.version++;
    }

    public EscalationId getId() {
        return id == null ? null : new EscalationId(id);
    }

    public int getVersion() {
        return version;
    }

    /** The lead child: the one the escalation was raised from. */
    public ChildId getChildId() {
        return childId;
    }

    /** Every child the escalation is about, the lead child first. */
    public List<ChildId> getChildIds() {
        return childIds;
    }

    /** The sibling group it was raised for, or null when it is about one child. */
    public SiblingGroupId getSiblingGroup() {
        return siblingGroup;
    }

    public boolean isForSiblingGroup() {
        return siblingGroup != null;
    }

    public EscalationKind getKind() {
        return kind;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public String getAgency() {
        return agency;
    }

    public String getTheme() {
        return theme;
    }

    public String getDescription() {
        return description;
    }

    public EscalationStatus getStatus() {
        return status;
    }

    public List<EscalationStage> getStages() {
        return Collections.unmodifiableList(stages);
    }

    public LocalDate getFormalLimit() {
        return formalLimit;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getResolution() {
        return resolution;
    }
}
