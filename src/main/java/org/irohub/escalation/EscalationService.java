package org.irohub.escalation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.children.ChildDirectory;
import org.irohub.children.ChildId;
import org.irohub.children.ChildSummary;
import org.irohub.children.SiblingGroupId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases on one escalation, each checking the children's restrictions and audited in the same transaction: once
 * on the escalation, and for a write once on each child's record, since the escalation is part of each child's case.
 */
@Service
public class EscalationService {

    static final String RECORD_TYPE = "Escalation";

    /** The children module's record type, so an escalation's writes show in each child's audit trail. */
    static final String CHILD_RECORD_TYPE = "Child";

    private final Escalations escalations;
    private final EscalationLists lists;
    private final StageDeadlines deadlines;
    private final ChildDirectory children;
    private final EscalationChildNames names;
    private final AuditLog audit;
    private final Clock clock;

    EscalationService(Escalations escalations, EscalationLists lists, StageDeadlines deadlines,
            ChildDirectory children, EscalationChildNames names, AuditLog audit, Clock clock) {
        this.escalations = escalations;
        this.lists = lists;
        this.deadlines = deadlines;
        this.children = children;
        this.names = names;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Escalation raise(NewEscalation request, String username) {
        if (request.childId() == null || request.childId() <= 0) {
            throw EscalationException.invalid("childId", "Say which child the escalation is about");
        }
        ChildId child = new ChildId(request.childId());
        children.checkAccess(child, username);
        EscalationChildren about = childrenToRaiseFor(child, request.forSiblingGroup(), username);
        if (request.kind() == null) {
            throw EscalationException.invalid("kind", "Choose QPR (child protection) or DRP (looked-after child)");
        }
        if (request.raisedOn() == null || request.raisedOn().isAfter(LocalDate.now(clock))) {
            throw EscalationException.invalid("raisedOn", "Enter the date raised, today or earlier");
        }
        lists.requireAgency(request.agency());
        lists.requireTheme(request.theme());
        if (request.description() == null || request.description().isBlank()) {
            throw EscalationException.invalid("description", "Describe the concern");
        }
        Escalation saved = escalations.save(Escalation.raise(about, request.kind(), username, request.raisedOn(),
                request.agency(), request.theme(), request.description().strip(), request.stage(), request.reason(),
                request.with(), deadlines));
        audit.record(AuditEvent.success("ESCALATION_RAISED", RECORD_TYPE, saved.getId())
            .withDetail(childrenDetail(saved)));
        auditEachChild("ESCALATION_RAISED", saved);
        return saved;
    }

    /**
     * The siblings an escalation on the child could also be raised for (the ones the user may see), for the
     * raise form's "whole sibling group" choice; empty when the child has none. Audited as a read of the child.
     */
    @Transactional
    public List<ChildSummary> siblingsToRaiseFor(ChildId child, String username) {
        children.checkAccess(child, username);
        List<ChildSummary> siblings = names.visibleSiblings(child, username);
        if (!siblings.isEmpty()) {
            audit.record(AuditEvent.success("ESCALATION_SIBLINGS_LISTED", CHILD_RECORD_TYPE, child)
                .withDetail("siblings=" + String.join(",", siblings.stream().map(c -> c.id().toString()).toList())));
        }
        return siblings;
    }

    private EscalationChildren childrenToRaiseFor(ChildId child, boolean wholeGroup, String username) {
        if (!wholeGroup) {
            return EscalationChildren.of(child);
        }
        Optional<SiblingGroupId> group = children.siblingGroupOf(child);
        List<ChildId> siblings = names.visibleSiblings(child, username).stream().map(ChildSummary::id).toList();
        if (group.isEmpty() || siblings.isEmpty()) {
            throw EscalationException.invalid("siblingGroup",
                    "The child is not in a sibling group: raise the escalation for the child alone");
        }
        return new EscalationChildren(child, siblings, group.get());
    }

    @Transactional
    public Escalation view(EscalationId id, String username) {
        Escalation e = visible(id, username);
        audit.record(AuditEvent.success("ESCALATION_VIEWED", RECORD_TYPE, id));
        return e;
    }

    @Transactional
    public Escalation escalate(EscalationId id, StageChange change, String username) {
        return change(id, username, "ESCALATION_ESCALATED",
                e -> e.escalate(change.toStage(), change.on(), change.reason(), change.with(), deadlines));
    }

    @Transactional
    public Escalation respond(EscalationId id, Closing response, String username) {
        return change(id, username, "ESCALATION_RESPONSE_RECORDED", e -> e.respond(response.resolution(), response.on()));
    }

    @Transactional
    public Escalation resolve(EscalationId id, Closing closing, String username) {
        return change(id, username, "ESCALATION_RESOLVED", e -> e.resolve(closing.on(), closing.resolution()));
    }

    @Transactional
    public Escalation withdraw(EscalationId id, Closing closing, String username) {
        return change(id, username, "ESCALATION_WITHDRAWN", e -> e.withdraw(closing.on(), closing.resolution()));
    }

    /** Open escalations the user may see, oldest first; audited as one read of the list. */
    @Transactional
    public List<Escalation> open(String username) {
        List<Escalation> open = escalations.findOpen().stream()
            .filter(e -> names.anyVisible(e, username))
            .toList();
        audit.record(AuditEvent.success("ESCALATIONS_LISTED", RECORD_TYPE, "open"));
        return open;
    }

    private Escalation change(EscalationId id, String username, String action, Consumer<Escalation> transition) {
        Escalation e = visible(id, username);
        transition.accept(e);
        escalations.save(e);
        audit.record(AuditEvent.success(action, RECORD_TYPE, id));
        auditEachChild(action, e);
        return e;
    }

    private void auditEachChild(String action, Escalation e) {
        for (ChildId child : e.getChildIds()) {
            audit.record(AuditEvent.success(action, CHILD_RECORD_TYPE, child).withDetail("escalation=" + e.getId()));
        }
    }

    private static String childrenDetail(Escalation e) {
        return "children=" + String.join(",", e.getChildIds().stream().map(ChildId::toString).toList())
                + (e.isForSiblingGroup() ? ", sibling group=" + e.getSiblingGroup() : "");
    }

    /**
     * The escalation, when the user may see at least one of its children (the others are shown to them as
     * restricted records); otherwise refused as the children module refuses the lead child, audited as DENIED.
     */
    private Escalation visible(EscalationId id, String username) {
        Escalation e = escalations.findById(id).orElseThrow(() -> EscalationException.notFound(id));
        if (!names.anyVisible(e, username)) {
            children.checkAccess(e.getChildId(), username);
        }
        return e;
    }
}
