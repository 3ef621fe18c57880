package org.irohub.children.internal;

import java.util.List;
import java.util.Optional;

import org.irohub.children.ChildDirectory;
import org.irohub.children.ChildId;
import org.irohub.children.ChildNotFoundException;
import org.irohub.children.ChildSummary;
import org.irohub.children.SiblingGroupId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The children module as other modules see it. */
@Service
class ChildDirectoryService implements ChildDirectory {

    private final Children children;
    private final SiblingGroups groups;
    private final DeniedAccessAudit denied;

    ChildDirectoryService(Children children, SiblingGroups groups, DeniedAccessAudit denied) {
        this.children = children;
        this.groups = groups;
        this.denied = denied;
    }

    @Override
    @Transactional(readOnly = true)
    public ChildSummary get(ChildId id) {
        return find(id).orElseThrow(() -> new ChildNotFoundException(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ChildSummary> find(ChildId id) {
        return children.findById(id.value()).map(Child::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canAccess(ChildId id, String username) {
        return children.findById(id.value())
            .map(child -> ChildAccessPolicy.refusalToView(child, username).isEmpty())
            .orElse(false);
    }

    @Override
    @Transactional
    public void checkAccess(ChildId id, String username) {
        Child child = children.findById(id.value()).orElseThrow(() -> new ChildNotFoundException(id));
        ChildAccessPolicy.refusalToView(child, username).ifPresent(reason -> {
            denied.record("CHILD_ACCESS_CHECKED", id, reason);
            throw new ChildNotFoundException(id);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChildId> siblingsOf(ChildId id) {
        return groups.findByMember(id.value()).map(g -> g.membersOtherThan(id)).orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SiblingGroupId> siblingGroupOf(ChildId id) {
        return groups.findByMember(id.value()).map(SiblingGroup::groupId);
    }
}
