package org.irohub.protection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.children.ChildDirectory;
import org.irohub.children.ChildId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records strategy discussions and, for a section 47 enquiry, requests the initial conference with its due date. */
@Service
public class StrategyDiscussionService {

    private final StrategyDiscussions discussions;
    private final Conferences conferences;
    private final ConferenceTimescalePolicy timescales;
    private final ChildDirectory children;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StrategyDiscussionService(StrategyDiscussions discussions, Conferences conferences,
            ConferenceTimescalePolicy timescales, ChildDirectory children, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.discussions = discussions;
        this.conferences = conferences;
        this.timescales = timescales;
        this.children = children;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public StrategyDiscussionRecorded record(ChildId child, NewStrategyDiscussion request, String username) {
        List<Long> childIds = childrenDiscussed(child, request.siblingIds(), username);
        LocalDate today = LocalDate.now(clock);
        if (request.date() == null) {
            throw ProtectionException.invalid("date", "Enter the date of the strategy discussion");
        }
        if (request.date().isAfter(today)) {
            throw ProtectionException.invalid("date", "The strategy discussion must be today or in the past");
        }
        if (request.section47Started() == null) {
            throw ProtectionException.invalid("section47Started", "Say whether the discussion started a section 47 enquiry");
        }
        LocalDate notified = request.notifiedOn() == null ? today : request.notifiedOn();
        if (notified.isBefore(request.date())) {
            throw ProtectionException.invalid("notifiedOn",
                    "The IRO service cannot have been told before the strategy discussion on " + request.date());
        }
        if (notified.isAfter(today)) {
            throw ProtectionException.invalid("notifiedOn", "The date the IRO service was told must be today or in the past");
        }
        StrategyDiscussion discussion = discussions.save(StrategyDiscussion.record(childIds, request.date(),
                request.section47Started(), notified, username, clock.instant()));
        childIds.forEach(id -> audit.record(AuditEvent.success("STRATEGY_DISCUSSION_RECORDED", "Child", id)
            .withDetail("strategyDiscussion=" + discussion.getId())));
        Conference conference = null;
        if (request.section47Started()) {
            boolean preBirth = childIds.stream().anyMatch(id -> children.get(new ChildId(id)).unborn());
            conference = conferences.save(Conference.initial(childIds, discussion.getId(), request.date(),
                    timescales.initialConferenceDue(request.date()), preBirth, clock.instant()));
            audit.record(AuditEvent.success("CONFERENCE_REQUESTED", "Conference", conference.getId()));
            events.publishEvent(new ConferenceRequested(conference.getId(), conference.getType(),
                    conference.getChildIds(), conference.getDueDate()));
        }
        return new StrategyDiscussionRecorded(discussion, conference);
    }

    private List<Long> childrenDiscussed(ChildId child, List<Long> siblingIds, String username) {
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(child.value());
        if (siblingIds != null) {
            ids.addAll(siblingIds);
        }
        for (Long id : ids) {
            children.checkAccess(new ChildId(id), username);
        }
        return new ArrayList<>(ids);
    }
}
