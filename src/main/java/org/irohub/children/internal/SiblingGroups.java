package org.irohub.children.internal;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The store of sibling groups. */
interface SiblingGroups extends ListCrudRepository<SiblingGroup, Long> {

    @Query("SELECT g.* FROM sibling_group g JOIN sibling_group_member m ON m.sibling_group = g.id "
            + "WHERE m.child_id = :childId")
    Optional<SiblingGroup> findByMember(long childId);
}
