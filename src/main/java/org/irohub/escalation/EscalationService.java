package org.irohub.escalation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.children.ChildDirectory;
import org.irohub.children.ChildId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases on one escalation, each checking the child's restriction and audited in the same transaction. */
@Service
public class EscalationService {

    static final String RECORD_TYPE = "Escalation";

    private final Escalations escalations;
    private final EscalationLists lists;
    private final StageDeadlines deadlines;
    private final ChildDirectory children;
    private final AuditLog audit;
    private final Clock clock;

    EscalationService(Escalations escalations, EscalationLists lists, StageDeadlines deadlines,
            ChildDirectory children, AuditLog audit, Clock clock) {
        this.escalations = escalations;
        this.lists = lists;
        this.deadlines = deadlines;
        this.children = children;
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
        Escalation saved = escalations.save(Escalation.raise(child, request.kind(), username, request.raisedOn(),
                request.agency(), request.theme(), request.description().strip(), request.stage(), request.reason(),
                request.with(), deadlines));
        audit.record(AuditEvent.success("ESCALATION_RAISED", RECORD_TYPE, saved.getId()));
        return saved;
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
            .filter(e -> children.canAccess(e.getChildId(), username))
            .toList();
        audit.record(AuditEvent.success("ESCALATIONS_LISTED", RECORD_TYPE, "open"));
        return open;
    }

    private Escalation change(EscalationId id, String username, String action, Consumer<Escalation> transition) {
        Escalation e = visible(id, username);
        transition.accept(e);
        escalations.save(e);
        audit.record(AuditEvent.success(action, RECORD_TYPE, id));
        return e;
    }

    private Escalation visible(EscalationId id, String username) {
        Escalation e = escalations.findById(id).orElseThrow(() -> EscalationException.notFound(id));
        children.checkAccess(e.getChildId(), username);
        return e;
    }
}
