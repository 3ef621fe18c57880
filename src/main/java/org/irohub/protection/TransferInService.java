package org.irohub.protection;

import java.time.Clock;
import java.time.LocalDate;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.children.ChildDirectory;
import org.irohub.children.ChildId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests a transfer-in conference for a child who arrives with a plan from another authority. The plan made
 * at it keeps the previous plan's start, so the child's time on a plan is not reset by the move.
 */
@Service
public class TransferInService {

    private final Conferences conferences;
    private final Plans plans;
    private final ConferenceTimescalePolicy timescales;
    private final ChildDirectory children;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TransferInService(Conferences conferences, Plans plans, ConferenceTimescalePolicy timescales,
            ChildDirectory children, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.conferences = conferences;
        this.plans = plans;
        this.timescales = timescales;
        this.children = children;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Conference request(ChildId child, NewTransferIn request, String username) {
        children.checkAccess(child, username);
        LocalDate today = LocalDate.now(clock);
        if (request.notifiedOn() == null || request.notifiedOn().isAfter(today)) {
            throw ProtectionException.invalid("notifiedOn", "Enter the date the service was told of the move, today or in the past");
        }
        if (request.fromAuthority() == null || request.fromAuthority().isBlank()) {
            throw ProtectionException.invalid("fromAuthority", "Enter the authority the child has moved from");
        }
        if (request.previousPlanStart() == null || request.previousPlanStart().isAfter(request.notifiedOn())) {
            throw ProtectionException.invalid("previousPlanStart",
                    "Enter the date the plan started in the other authority, on or before the notification");
        }
        if (!plans.findOpenByChild(child.value()).isEmpty()) {
            throw ProtectionException.conflict("childId", "The child is already the subject of a plan here");
        }
        Conference conference = conferences.save(Conference.transferIn(child.value(), request.fromAuthority().trim(),
                request.notifiedOn(), request.previousPlanStart(),
                timescales.transferInConferenceDue(request.notifiedOn()), clock.instant()));
        audit.record(AuditEvent.success("CONFERENCE_REQUESTED", "Conference", conference.getId())
            .withDetail("transfer-in from " + conference.getTransferFromAuthority()));
        events.publishEvent(new ConferenceRequested(conference.getId(), conference.getType(), conference.getChildIds(),
                conference.getDueDate()));
        return conference;
    }
}
