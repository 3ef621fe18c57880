package org.irohub.protection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.children.ChildDirectory;
import org.irohub.children.ChildId;
import org.irohub.children.ChildSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what a conference decided and carries it through: an initial conference starts a plan and requests
 * the first review; a review continues the plan and requests the next one, or ends it. Every check runs before
 * the first write, so a refused outcome writes nothing.
 */
@Service
public class ConferenceOutcomeService {

    private final ConferenceService conferenceService;
    private final Conferences conferences;
    private final Plans plans;
    private final PlanReviews planReviews;
    private final LateReasons lateReasons;
    private final ConferenceTimescalePolicy timescales;
    private final ChildDirectory children;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConferenceOutcomeService(ConferenceService conferenceService, Conferences conferences, Plans plans,
            PlanReviews planReviews, LateReasons lateReasons, ConferenceTimescalePolicy timescales, ChildDirectory children, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.conferenceService = conferenceService;
        this.conferences = conferences;
        this.plans = plans;
        this.planReviews = planReviews;
        this.lateReasons = lateReasons;
        this.timescales = timescales;
        this.children = children;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public OutcomeResult record(ConferenceId id, OutcomeRequest request, String username) {
        Conference conference = conferenceService.loadForChange(id, request.version(), username);
        if (!conference.getStatus().isOpen()) {
            throw ProtectionException.conflict("status", "This conference's outcome has already been recorded"
                    + (conference.getHeldOn() == null ? "" : " (held on " + conference.getHeldOn() + ")"));
        }
        String notBeforeWhat = switch (conference.getType()) {
            case INITIAL -> "the strategy discussion";
            case REVIEW -> "the previous conference";
            case TRANSFER_IN -> "the notification of the move";
        };
        ConferenceRules.checkHeldOn(request.heldOn(), conference.getDueBasis(), notBeforeWhat, LocalDate.now(clock));
        OutcomeResult result = conference.getType() == ConferenceType.REVIEW ? review(conference, request)
                : planDecision(conference, request);
        audit.record(AuditEvent.success("CONFERENCE_OUTCOME_RECORDED", "Conference", id.value())
            .withDetail("outcome=" + result.conference().getOutcome()));
        events.publishEvent(new ConferenceHeld(id.value(), conference.getType(), result.conference().getOutcome(),
                request.heldOn(), result.conference().getChildIds()));
        return result;
    }

    private OutcomeResult planDecision(Conference conference, OutcomeRequest request) {
        if (request.planRequired() == null) {
            throw ProtectionException.invalid("planRequired", "Say whether the child needs a child protection plan");
        }
        Set<String> late = ConferenceRules.lateReasons(request.heldOn(), conference.getDueDate(),
                request.lateReasonCodes(), lateReasons.activeCodes());
        if (!request.planRequired()) {
            if (conference.getType() == ConferenceType.TRANSFER_IN) {
                throw ProtectionException.invalid("planRequired",
                        "A transfer-in conference that ends the plan is recorded as a plan ending, not as no plan");
            }
            NoPlanRecommendation recommendation = NoPlanRecommendation.ofCode(request.recommendation())
                .orElseThrow(() -> ProtectionException.invalid("recommendation",
                        "Select the recommendation: CHILD_IN_NEED_PLAN, SERVICES, REFERRAL or NO_FURTHER_ACTION"));
            conference.holdWithoutPlan(request.heldOn(), recommendation, late);
            return new OutcomeResult(conferences.save(conference), List.of(), null);
        }
        Category category = ConferenceRules.category(request.category(), "category", true);
        for (Long child : conference.getChildIds()) {
            if (!plans.findOpenByChild(child).isEmpty()) {
                throw ProtectionException.conflict("planRequired",
                        "Child " + child + " is already the subject of a child protection plan");
            }
        }
        conference.holdWithPlan(request.heldOn(), category, late);
        Conference held = conferences.save(conference);
        boolean transferIn = held.getType() == ConferenceType.TRANSFER_IN;
        LocalDate start = transferIn ? held.getPreviousPlanStart() : held.getHeldOn();
        List<ChildProtectionPlan> started = new ArrayList<>();
        for (Long child : held.getChildIds()) {
            ChildSummary summary = children.get(new ChildId(child));
            ChildProtectionPlan plan = plans.save(ChildProtectionPlan.start(child, start, category, summary.unborn(),
                    held.getTransferFromAuthority(), plans.findByChild(child).size(), held.getId()));
            audit.record(AuditEvent.success("PLAN_STARTED", "Child", child).withDetail("plan=" + plan.getId()));
            started.add(plan);
        }
        LocalDate birth = held.getChildIds().stream()
            .map(c -> children.get(new ChildId(c)).dateOfBirth())
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .orElse(null);
        LocalDate firstReviewDue = timescales.firstReviewDue(held.getHeldOn(), held.isPreBirth(), birth);
        Conference next = request(Conference.review(held.getChildIds(), held, firstReviewDue, clock.instant()));
        return new OutcomeResult(held, started, next);
    }

    private OutcomeResult review(Conference conference, OutcomeRequest request) {
        if (request.continuePlan() == null) {
            throw ProtectionException.invalid("continuePlan", "Say whether the plan continues");
        }
        Set<String> late = ConferenceRules.lateReasons(request.heldOn(), conference.getDueDate(),
                request.lateReasonCodes(), lateReasons.activeCodes());
        List<ChildProtectionPlan> open = new ArrayList<>();
        for (Long child : conference.getChildIds()) {
            open.addAll(plans.findOpenByChild(child));
        }
        if (open.isEmpty()) {
            throw ProtectionException.conflict("continuePlan", "There is no open plan to review");
        }
        if (request.continuePlan()) {
            return continuing(conference, request, late, open);
        }
        PlanEndReason reason = request.endReason() == null ? PlanEndReason.NO_LONGER_AT_RISK
                : PlanEndReason.ofCode(request.endReason())
                    .orElseThrow(() -> ProtectionException.invalid("endReason", "'" + request.endReason()
                            + "' is not an end reason: use NO_LONGER_AT_RISK, TRANSFERRED_TO_ANOTHER_AUTHORITY, "
                            + "REACHED_18, DIED or LEFT_THE_UK"));
        conference.holdReviewEnding(request.heldOn(), reason, late);
        Conference held = conferences.save(conference);
        for (ChildProtectionPlan plan : open) {
            plan.end(held.getHeldOn(), reason);
            plans.save(plan);
            planReviews.record(plan, held.getId(), held.getHeldOn());
            audit.record(AuditEvent.success("PLAN_ENDED", "Child", plan.getChildId()).withDetail("plan=" + plan.getId()));
        }
        return new OutcomeResult(held, open, null);
    }

    private OutcomeResult continuing(Conference conference, OutcomeRequest request, Set<String> late,
            List<ChildProtectionPlan> open) {
        Category category = ConferenceRules.category(request.category(), "category", false);
        boolean longPlan = open.stream()
            .anyMatch(p -> LongPlanPolicy.needsContinuationReason(p.getStartDate(), request.heldOn()));
        if (longPlan && (request.continuationReason() == null || request.continuationReason().isBlank())) {
            throw ProtectionException.unprocessable("continuationReason", "The plan has lasted "
                    + LongPlanPolicy.MONTHS + " months or more: record, on the child's behalf, why it continues");
        }
        if (longPlan && request.driftIsReason() == null) {
            throw ProtectionException.unprocessable("driftIsReason",
                    "The plan has lasted 12 months or more: say whether drift or delay is the reason it continues");
        }
        conference.holdReviewContinuing(request.heldOn(), category, longPlan ? request.continuationReason().trim() : null,
                longPlan ? request.driftIsReason() : null, late);
        Conference held = conferences.save(conference);
        for (ChildProtectionPlan plan : open) {
            plan.continueAt(held.getHeldOn(), category, held.getId());
            plans.save(plan);
            planReviews.record(plan, held.getId(), held.getHeldOn());
        }
        Conference next = request(Conference.review(held.getChildIds(), held,
                timescales.nextReviewDue(held.getHeldOn()), clock.instant()));
        return new OutcomeResult(held, open, next);
    }

    private Conference request(Conference conference) {
        Conference saved = conferences.save(conference);
        audit.record(AuditEvent.success("CONFERENCE_REQUESTED", "Conference", saved.getId()));
        events.publishEvent(new ConferenceRequested(saved.getId(), saved.getType(), saved.getChildIds(), saved.getDueDate()));
        return saved;
    }
}
