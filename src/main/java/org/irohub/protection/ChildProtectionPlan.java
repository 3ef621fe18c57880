package org.irohub.protection;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * One child's child protection plan: started by an initial (or transfer-in) conference, reviewed, ended. A
 * transferred-in plan keeps the start date it had in the authority the child came from.
 */
public class ChildProtectionPlan {

    @Id
    private Long id;
    private final long childId;
    private final LocalDate startDate;
    private final Category initialCategory;
    private Category latestCategory;
    private LocalDate endDate;
    private PlanEndReason endReason;
    private final boolean preBirth;
    private final String transferredFrom;
    private final int previousPlans;
    private final Long startedAtConference;
    @Version
    private Integer version;
    private Set<PlanCategoryChange> categoryChanges;

    @PersistenceCreator
    ChildProtectionPlan(Long id, long childId, LocalDate startDate, Category initialCategory, Category latestCategory,
            LocalDate endDate, PlanEndReason endReason, boolean preBirth, String transferredFrom, int previousPlans,
            Long startedAtConference, Integer version, Set<PlanCategoryChange> categoryChanges) {
        this.id = id;
        this.childId = childId;
        this.startDate = startDate;
        this.initialCategory = initialCategory;
        this.latestCategory = latestCategory;
        this.endDate = endDate;
        this.endReason = endReason;
        this.preBirth = preBirth;
        this.transferredFrom = transferredFrom;
        this.previousPlans = previousPlans;
        this.startedAtConference = startedAtConference;
        this.version = version;
        this.categoryChanges = categoryChanges == null ? new HashSet<>() : new HashSet<>(categoryChanges);
    }

    static ChildProtectionPlan start(long childId, LocalDate start, Category category, boolean preBirth,
            String transferredFrom, int previousPlans, long conferenceId) {
        ChildProtectionPlan plan = new ChildProtectionPlan(null, childId, start, category, category, null, null,
                preBirth, transferredFrom, previousPlans, conferenceId, null, Set.of());
        plan.categoryChanges.add(new PlanCategoryChange(start, category, conferenceId));
        return plan;
    }

    void continueAt(LocalDate reviewed, Category category, long conferenceId) {
        requireOpen();
        if (category != null && category != latestCategory) {
            latestCategory = category;
            categoryChanges.add(new PlanCategoryChange(reviewed, category, conferenceId));
        }
    }

    void end(LocalDate on, PlanEndReason reason) {
        requireOpen();
        if (on.isBefore(startDate)) {
            throw ProtectionException.invalid("heldOn", "A plan cannot end before it started on " + startDate);
        }
        endDate = on;
        endReason = reason;
    }

    private void requireOpen() {
        if (endDate != null) {
            throw ProtectionException.conflict("plan", "This plan ended on " + endDate);
        }
    }

    /** Open at {@code date}: started on or before it and not ended by then (indicators.md). */
    public boolean isOpenAt(LocalDate date) {
        return !startDate.isAfter(date) && (endDate == null || endDate.isAfter(date));
    }

    public Long getId() {
        return id;
    }

    public long getChildId() {
        return childId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public Category getInitialCategory() {
        return initialCategory;
    }

    public Category getLatestCategory() {
        return latestCategory;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public PlanEndReason getEndReason() {
        return endReason;
    }

    public boolean isPreBirth() {
        return preBirth;
    }

    public String getTransferredFrom() {
        return transferredFrom;
    }

    public int getPreviousPlans() {
        return previousPlans;
    }

    public Long getStartedAtConference() {
        return startedAtConference;
    }

    public Integer getVersion() {
        return version;
    }

    public List<PlanCategoryChange> categoryHistory() {
        return categoryChanges.stream().sorted(Comparator.comparing(PlanCategoryChange::changedOn)).toList();
    }
}
