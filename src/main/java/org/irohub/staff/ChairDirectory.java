package org.irohub.staff;

import java.util.List;
import java.util.Optional;

/** Reads chairs for other modules (scheduling suggests chairs from here; protection shows who chaired). */
public interface ChairDirectory {

    /** Chairs still in the service, by name. */
    List<ChairProfile> activeChairs();

    /** Any chair, including those who have left (a past conference still names its chair). */
    Optional<ChairProfile> find(ChairId id);

    /** The chair linked to a user account, matched without case; empty when that user is not a chair. */
    Optional<ChairProfile> findByUsername(String username);
}
