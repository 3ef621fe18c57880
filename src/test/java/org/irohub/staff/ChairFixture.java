package org.irohub.staff;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Chairs for policy tests with safe defaults: full time, Monday to Friday, no conflicts, in the service. */
public final class ChairFixture {

    private BigDecimal fte = BigDecimal.ONE;
    private Set<DayOfWeek> days = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private final List<ChairConflict> conflicts = new ArrayList<>();
    private boolean active = true;

    public static ChairFixture aChair() {
        return new ChairFixture();
    }

    public ChairFixture working(DayOfWeek... workingDays) {
        days = EnumSet.copyOf(List.of(workingDays));
        return this;
    }

    public ChairFixture withFte(String value) {
        fte = new BigDecimal(value);
        return this;
    }

    public ChairFixture lineManaged(String person) {
        conflicts.add(ChairConflict.person(person, ConflictReason.LINE_MANAGEMENT));
        return this;
    }

    public ChairFixture operationallyInvolvedWith(String person) {
        conflicts.add(ChairConflict.person(person, ConflictReason.OPERATIONAL_INVOLVEMENT));
        return this;
    }

    public ChairFixture managedTeam(String team) {
        conflicts.add(ChairConflict.wholeTeam(team, ConflictReason.LINE_MANAGEMENT));
        return this;
    }

    public ChairFixture whoHasLeft() {
        active = false;
        return this;
    }

    public ChairProfile build() {
        return new ChairProfile(new ChairId(1), "Pat Chair", null, "IRO Team", fte, days, 3, conflicts, active);
    }
}
