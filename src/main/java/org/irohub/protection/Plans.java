package org.irohub.protection;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Child protection plans. */
interface Plans extends ListCrudRepository<ChildProtectionPlan, Long> {

    @Query("SELECT * FROM child_protection_plan WHERE child_id = :childId ORDER BY start_date, id")
    List<ChildProtectionPlan> findByChild(long childId);

    @Query("SELECT * FROM child_protection_plan WHERE child_id = :childId AND end_date IS NULL")
    List<ChildProtectionPlan> findOpenByChild(long childId);
}
