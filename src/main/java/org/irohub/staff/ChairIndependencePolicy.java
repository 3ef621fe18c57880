package org.irohub.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Working Together: the chair of a child protection conference must be independent of operational or
 * line-management responsibility for the case. A chair is refused for a case when one of their recorded
 * conflicts names its social worker or team manager, or (for a whole-team conflict) its team. Names match
 * without regard to case or spacing, because they are typed by different people in different places.
 * <p>
 * Set by {@code irohub.chairs.independence-policy}: {@link Mode#STRICT} (the default) applies the rule;
 * {@link Mode#OFF} is for areas piloting other chairing arrangements, where the check is not made and the
 * answer says so.
 */
public final class ChairIndependencePolicy {

    public enum Mode {
        /** Any recorded conflict with a person or team on the case excludes the chair. */
        STRICT,
        /** No check: for areas piloting other chairing arrangements. */
        OFF
    }

    private final Mode mode;

    public ChairIndependencePolicy(Mode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    public static ChairIndependencePolicy strict() {
        return new ChairIndependencePolicy(Mode.STRICT);
    }

    public Mode mode() {
        return mode;
    }

    public Independence assess(ChairProfile chair, CaseInvolvement involved) {
        if (mode == Mode.OFF) {
            return Independence.notChecked();
        }
        List<String> reasons = new ArrayList<>();
        for (ChairConflict conflict : chair.conflicts()) {
            if (matches(conflict, involved)) {
                reasons.add(reason(conflict));
            }
        }
        return reasons.isEmpty() ? Independence.confirmed() : Independence.refused(reasons);
    }

    private static boolean matches(ChairConflict conflict, CaseInvolvement involved) {
        if (conflict.isWholeTeam()) {
            return sameName(conflict.team(), involved.team());
        }
        return sameName(conflict.personName(), involved.socialWorker())
                || sameName(conflict.personName(), involved.teamManager());
    }

    private static String reason(ChairConflict conflict) {
        if (conflict.isWholeTeam()) {
            return switch (conflict.reason()) {
                case LINE_MANAGEMENT -> "The " + conflict.team() + " team was managed by this chair";
                case OPERATIONAL_INVOLVEMENT -> "This chair was operationally involved with the " + conflict.team()
                        + " team";
            };
        }
        return switch (conflict.reason()) {
            case LINE_MANAGEMENT -> conflict.personName() + " was line-managed by this chair";
            case OPERATIONAL_INVOLVEMENT -> "This chair was operationally involved with " + conflict.personName();
        };
    }

    static boolean sameName(String a, String b) {
        return a != null && b != null && normalise(a).equals(normalise(b)) && !normalise(a).isEmpty();
    }

    /** Lower case, without spaces: "Sam  Smith", "sam smith" and "SamSmith" are the same person. */
    static String normalise(String name) {
        return name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
