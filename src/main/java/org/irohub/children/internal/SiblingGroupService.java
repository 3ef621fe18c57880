package org.irohub.children.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.children.ChildId;
import org.irohub.children.ChildNotFoundException;
import org.irohub.children.ChildSummary;
import org.irohub.children.LaChildId;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts children in and takes them out of sibling groups. Both children must be visible to the user; a
 * sibling they may not see is reported as not found, like everywhere else.
 */
@Service
public class SiblingGroupService {

    private final SiblingGroups groups;
    private final Children children;
    private final AuditLog auditLog;
    private final DeniedAccessAudit denied;
    private final Clock clock;

    SiblingGroupService(SiblingGroups groups, Children children, AuditLog auditLog, DeniedAccessAudit denied,
            Clock clock) {
        this.groups = groups;
        this.children = children;
        this.auditLog = auditLog;
        this.denied = denied;
        this.clock = clock;
    }

    /** The child's siblings the user may see, for the child page; the list shown is audited. */
    @Transactional
    public List<ChildSummary> siblingsVisibleTo(ChildId id, String username) {
        visible(id, username, "SIBLINGS_LISTED");
        List<ChildSummary> siblings = groups.findByMember(id.value())
            .map(g -> g.membersOtherThan(id))
            .orElse(List.of())
            .stream()
            .map(s -> children.findById(s.value()).orElseThrow())
            .filter(c -> ChildAccessPolicy.refusalToView(c, username).isEmpty())
            .map(Child::summary)
            .toList();
        if (!siblings.isEmpty()) {
            auditLog.record(AuditEvent.success("SIBLINGS_LISTED", ChildRecords.RECORD_TYPE, id)
                .withDetail("siblings=" + String.join(",", siblings.stream().map(s -> s.id().toString()).toList())));
        }
        return siblings;
    }

    /**
     * Makes the child with this LA child id a sibling of the child: joins the child's group, or forms a new group
     * of the two. A child already in another group must leave it first, so groups never merge by accident.
     */
    @Transactional
    public ChildSummary addSibling(ChildId id, String siblingLaChildId, String username) {
        Child child = visible(id, username, "SIBLING_ADDED");
        LaChildId laChildId;
        try {
            laChildId = LaChildId.of(siblingLaChildId);
        }
        catch (IllegalArgumentException e) {
            throw new ChildValidationException("sibling", e.getMessage());
        }
        Child sibling = children.findByLaChildId(laChildId.value())
            .orElseThrow(() -> noSuchSibling(laChildId));
        if (ChildAccessPolicy.refusalToView(sibling, username).isPresent()) {
            denied.record("SIBLING_ADDED", sibling.childId(), "Restricted record: the user is not named on it");
            throw noSuchSibling(laChildId);
        }
        Optional<SiblingGroup> own = groups.findByMember(id.value());
        Optional<SiblingGroup> theirs = groups.findByMember(sibling.getId());
        if (theirs.isPresent()) {
            boolean sameGroup = own.isPresent() && own.get().getId().equals(theirs.get().getId());
            throw new ChildValidationException("sibling", sameGroup ? laChildId + " is already in this sibling group"
                    : laChildId + " is already in another sibling group: remove them from it first");
        }
        SiblingGroup group = own.orElseGet(() -> SiblingGroup.of(child.childId(), sibling.childId(), clock.instant()));
        if (own.isPresent()) {
            group.add(sibling.childId());
        }
        SiblingGroup saved = save(group);
        if (own.isEmpty()) {
            auditLog.record(AuditEvent.success("SIBLING_GROUP_JOINED", ChildRecords.RECORD_TYPE, id)
                .withDetail("group=" + saved.getId()));
        }
        auditLog.record(AuditEvent.success("SIBLING_GROUP_JOINED", ChildRecords.RECORD_TYPE, sibling.getId())
            .withDetail("group=" + saved.getId()));
        return sibling.summary();
    }

    /** Takes the sibling out of the child's group; a group left with one child is dissolved. */
    @Transactional
    public void removeSibling(ChildId id, ChildId siblingId, String username) {
        visible(id, username, "SIBLING_REMOVED");
        visible(siblingId, username, "SIBLING_REMOVED");
        SiblingGroup group = groups.findByMember(id.value())
            .orElseThrow(() -> new ChildValidationException("sibling", "This child is not in a sibling group"));
        group.remove(siblingId);
        auditLog.record(AuditEvent.success("SIBLING_GROUP_LEFT", ChildRecords.RECORD_TYPE, siblingId)
            .withDetail("group=" + group.getId()));
        if (group.dissolved()) {
            groups.delete(group);
            auditLog.record(AuditEvent.success("SIBLING_GROUP_LEFT", ChildRecords.RECORD_TYPE, id)
                .withDetail("group=" + group.getId() + " dissolved"));
        }
        else {
            save(group);
        }
    }

    private SiblingGroup save(SiblingGroup group) {
        try {
            return groups.save(group);
        }
        catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new ChildValidationException("sibling",
                    "Someone else changed these sibling groups at the same time. Reload the page and try again");
        }
    }

    private Child visible(ChildId id, String username, String action) {
        Child child = children.findById(id.value()).orElseThrow(() -> new ChildNotFoundException(id));
        ChildAccessPolicy.refusalToView(child, username).ifPresent(reason -> {
            denied.record(action, id, reason);
            throw new ChildNotFoundException(id);
        });
        return child;
    }

    private static ChildValidationException noSuchSibling(LaChildId laChildId) {
        return new ChildValidationException("sibling", "There is no child with LA child id " + laChildId);
    }
}
