package org.irohub.staff.internal;

import org.irohub.staff.ChairConflict;
import org.irohub.staff.ConflictReason;

/** A row of {@code conflict}: the stored form of a {@link ChairConflict}. */
record Conflict(String personName, String role, String team, ConflictReason reason) {

    static Conflict of(ChairConflict conflict) {
        return new Conflict(conflict.personName(), conflict.role(), conflict.team(), conflict.reason());
    }

    ChairConflict toChairConflict() {
        return new ChairConflict(personName, role, team, reason);
    }
}
