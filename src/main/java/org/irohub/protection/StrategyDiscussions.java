package org.irohub.protection;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Strategy discussions. */
interface StrategyDiscussions extends ListCrudRepository<StrategyDiscussion, Long> {

    @Query("""
            SELECT s.* FROM strategy_discussion s
            WHERE EXISTS (SELECT 1 FROM discussed_child d WHERE d.strategy_discussion = s.id AND d.child_id = :childId)
            ORDER BY s.held_on, s.id
            """)
    List<StrategyDiscussion> findByChild(long childId);
}
