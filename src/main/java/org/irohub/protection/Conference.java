package org.irohub.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A child protection conference, from the request for it to its outcome. Each transition checks the state it
 * starts from; the rules about dates and reasons are checked by {@link ConferenceRules} before a transition.
 */
public class Conference {

    @Id
    private Long id;
    private final ConferenceType type;
    private ConferenceStatus status;
    private LocalDate dueDate;
    /** The date the due date counts from: strategy discussion, notification of the move, or the conference before. */
    private final LocalDate dueBasis;
    private final Long strategyDiscussionId;
    private final Long previousConferenceId;
    private final boolean preBirth;
    private final String transferFromAuthority;
    private final LocalDate previousPlanStart;
    private Long chairId;
    private LocalDate bookedFor;
    private LocalDate heldOn;
    private ConferenceOutcome outcome;
    private Category category;
    private NoPlanRecommendation recommendation;
    private PlanEndReason endReason;
    private String continuationReason;
    private Boolean driftIsReason;
    private String closedReason;
    private final Instant createdAt;
    @Version
    private Integer version;
    private Set<ConferenceChild> children;
    private Set<ConferenceLateReason> lateReasons;

    @PersistenceCreator
    Conference(Long id, ConferenceType type, ConferenceStatus status, LocalDate dueDate, LocalDate dueBasis,
            Long strategyDiscussionId, Long previousConferenceId, boolean preBirth, String transferFromAuthority,
            LocalDate previousPlanStart, Long chairId, LocalDate bookedFor, LocalDate heldOn, ConferenceOutcome outcome, Category category,
            NoPlanRecommendation recommendation, PlanEndReason endReason, String continuationReason,
            Boolean driftIsReason, String closedReason, Instant createdAt, Integer version,
            Set<ConferenceChild> children, Set<ConferenceLateReason> lateReasons) {
        this.id = id;
        this.type = type;
        this.status = status;
        this.dueDate = dueDate;
        this.dueBasis = dueBasis;
        this.strategyDiscussionId = strategyDiscussionId;
        this.previousConferenceId = previousConferenceId;
        this.preBirth = preBirth;
        this.transferFromAuthority = transferFromAuthority;
        this.previousPlanStart = previousPlanStart;
        this.chairId = chairId;
        this.bookedFor = bookedFor;
        this.heldOn = heldOn;
        this.outcome = outcome;
        this.category = category;
        this.recommendation = recommendation;
        this.endReason = endReason;
        this.continuationReason = continuationReason;
        this.driftIsReason = driftIsReason;
        this.closedReason = closedReason;
        this.createdAt = createdAt;
        this.version = version;
        this.children = children == null ? new HashSet<>() : new HashSet<>(children);
        this.lateReasons = lateReasons == null ? new HashSet<>() : new HashSet<>(lateReasons);
    }

    static Conference initial(Collection<Long> childIds, long strategyDiscussionId, LocalDate discussedOn,
            LocalDate due, boolean preBirth, Instant now) {
        return new Conference(null, ConferenceType.INITIAL, ConferenceStatus.REQUESTED, due, discussedOn,
                strategyDiscussionId, null, preBirth, null, null, null, null, null, null, null, null, null, null, null,
                null, now, null, childrenOf(childIds), Set.of());
    }

    static Conference review(Collection<Long> childIds, Conference previous, LocalDate due, Instant now) {
        return new Conference(null, ConferenceType.REVIEW, ConferenceStatus.REQUESTED, due, previous.heldOn, null,
                previous.id, previous.preBirth, null, null, previous.chairId, null, null, null, null, null, null, null,
                null, null, now, null, childrenOf(childIds), Set.of());
    }

    static Conference transferIn(long childId, String fromAuthority, LocalDate notifiedOn, LocalDate previousPlanStart,
            LocalDate due, Instant now) {
        return new Conference(null, ConferenceType.TRANSFER_IN, ConferenceStatus.REQUESTED, due, notifiedOn, null,
                null, false, fromAuthority, previousPlanStart, null, null, null, null, null, null, null, null, null,
                null, now, null, childrenOf(List.of(childId)), Set.of());
    }

    /**
     * The same conference requested again because it met without a quorum and the chair did not go ahead: the
     * same type, children, chair and history, due {@code due} counted from the day it met.
     */
    static Conference reconvened(Conference inquorate, LocalDate metOn, LocalDate due, Instant now) {
        return new Conference(null, inquorate.type, ConferenceStatus.REQUESTED, due, metOn,
                inquorate.strategyDiscussionId, inquorate.previousConferenceId, inquorate.preBirth,
                inquorate.transferFromAuthority, inquorate.previousPlanStart, inquorate.chairId, null, null, null, null,
                null, null, null, null, null, now, null, childrenOf(inquorate.getChildIds()), Set.of());
    }

    void book(long chair, LocalDate on) {
        requireOpen("book");
        chairId = chair;
        bookedFor = on;
        status = ConferenceStatus.BOOKED;
    }

    /** A due date that depended on something not known when the conference was requested (a baby's birth). */
    void reschedule(LocalDate newDue) {
        requireOpen("move the due date of");
        dueDate = newDue;
    }

    void markNotRequired(String reason) {
        requireOpen("close");
        if (type != ConferenceType.INITIAL) {
            throw ProtectionException.conflict("type", "Only an initial conference can be found not required");
        }
        status = ConferenceStatus.NOT_REQUIRED;
        closedReason = reason;
    }

    void cancel(String reason) {
        requireOpen("cancel");
        status = ConferenceStatus.CANCELLED;
        closedReason = reason;
    }

    void holdWithPlan(LocalDate on, Category decided, Set<String> reasonsLate) {
        requireType(ConferenceType.INITIAL, ConferenceType.TRANSFER_IN);
        hold(on, reasonsLate);
        outcome = ConferenceOutcome.PLAN_STARTED;
        category = decided;
    }

    void holdWithoutPlan(LocalDate on, NoPlanRecommendation recommended, Set<String> reasonsLate) {
        requireType(ConferenceType.INITIAL);
        hold(on, reasonsLate);
        outcome = ConferenceOutcome.NO_PLAN;
        recommendation = recommended;
    }

    void holdReviewContinuing(LocalDate on, Category decided, String whyContinues, Boolean drift,
            Set<String> reasonsLate) {
        requireType(ConferenceType.REVIEW);
        hold(on, reasonsLate);
        outcome = ConferenceOutcome.PLAN_CONTINUES;
        category = decided;
        continuationReason = whyContinues;
        driftIsReason = drift;
    }

    void holdReviewEnding(LocalDate on, PlanEndReason reason, Set<String> reasonsLate) {
        requireType(ConferenceType.REVIEW);
        hold(on, reasonsLate);
        outcome = ConferenceOutcome.PLAN_ENDED;
        endReason = reason;
    }

    private void hold(LocalDate on, Set<String> reasonsLate) {
        if (status == ConferenceStatus.HELD) {
            throw ProtectionException.conflict("status", "This conference's outcome has already been recorded");
        }
        requireOpen("record the outcome of");
        status = ConferenceStatus.HELD;
        heldOn = on;
        lateReasons = new HashSet<>(reasonsLate.stream().map(ConferenceLateReason::new).toList());
    }

    private void requireOpen(String action) {
        if (!status.isOpen()) {
            throw ProtectionException.conflict("status",
                    "You cannot " + action + " a conference that is " + status.name().toLowerCase().replace('_', ' '));
        }
    }

    private void requireType(ConferenceType... allowed) {
        if (!List.of(allowed).contains(type)) {
            throw ProtectionException.invalid("type", "That outcome does not apply to a " + type.label().toLowerCase());
        }
    }

    private static Set<ConferenceChild> childrenOf(Collection<Long> childIds) {
        Set<ConferenceChild> set = new HashSet<>();
        childIds.forEach(id -> set.add(new ConferenceChild(id)));
        return set;
    }

    public boolean isLate() {
        return heldOn != null && heldOn.isAfter(dueDate);
    }

    public Long getId() {
        return id;
    }

    public ConferenceType getType() {
        return type;
    }

    public ConferenceStatus getStatus() {
        return status;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getDueBasis() {
        return dueBasis;
    }

    public Long getStrategyDiscussionId() {
        return strategyDiscussionId;
    }

    public Long getPreviousConferenceId() {
        return previousConferenceId;
    }

    public boolean isPreBirth() {
        return preBirth;
    }

    public String getTransferFromAuthority() {
        return transferFromAuthority;
    }

    public LocalDate getPreviousPlanStart() {
        return previousPlanStart;
    }

    public Long getChairId() {
        return chairId;
    }

    public LocalDate getBookedFor() {
        return bookedFor;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public ConferenceOutcome getOutcome() {
        return outcome;
    }

    public Category getCategory() {
        return category;
    }

    public NoPlanRecommendation getRecommendation() {
        return recommendation;
    }

    public PlanEndReason getEndReason() {
        return endReason;
    }

    public String getContinuationReason() {
        return continuationReason;
    }

    public Boolean getDriftIsReason() {
        return driftIsReason;
    }

    public String getClosedReason() {
        return closedReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Integer getVersion() {
        return version;
    }

    public List<Long> getChildIds() {
        return children.stream().map(ConferenceChild::childId).sorted().toList();
    }

    public List<String> getLateReasons() {
        return lateReasons.stream().map(ConferenceLateReason::code).sorted().toList();
    }
}
