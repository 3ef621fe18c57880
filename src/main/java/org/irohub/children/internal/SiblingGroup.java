package org.irohub.children.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.irohub.children.ChildId;
import org.irohub.children.SiblingGroupId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * Children conferenced together. A group has at least two children (a group of one is no group, so removing
 * the last but one dissolves it); a child is in at most one group, which the database also enforces.
 */
class SiblingGroup {

    @Id
    private Long id;
    private final Instant createdAt;
    @Version
    private Integer version;
    @MappedCollection
    private Set<SiblingGroupMember> members;

    @PersistenceCreator
    SiblingGroup(Long id, Instant createdAt, Integer version, Set<SiblingGroupMember> members) {
        this.id = id;
        this.createdAt = createdAt;
        this.version = version;
        this.members = members == null ? new HashSet<>() : new HashSet<>(members);
    }

    static SiblingGroup of(ChildId first, ChildId second, Instant now) {
        if (first.equals(second)) {
            throw new ChildValidationException("sibling", "A child cannot be their own sibling");
        }
        return new SiblingGroup(null, now, null,
                Set.of(new SiblingGroupMember(first.value()), new SiblingGroupMember(second.value())));
    }

    void add(ChildId child) {
        if (!members.add(new SiblingGroupMember(child.value()))) {
            throw new ChildValidationException("sibling", "That child is already in this sibling group");
        }
    }

    void remove(ChildId child) {
        if (!members.remove(new SiblingGroupMember(child.value()))) {
            throw new ChildValidationException("sibling", "That child is not in this sibling group");
        }
    }

    /** Fewer than two children left: the group should be deleted. */
    boolean dissolved() {
        return members.size() < 2;
    }

    List<ChildId> membersOtherThan(ChildId child) {
        return members.stream()
            .map(SiblingGroupMember::childId)
            .filter(m -> m != child.value())
            .sorted()
            .map(ChildId::new)
            .toList();
    }

    SiblingGroupId groupId() {
        return new SiblingGroupId(id);
    }

    Long getId() {
        return id;
    }
}
