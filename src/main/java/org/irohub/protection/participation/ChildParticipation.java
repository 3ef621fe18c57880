package org.irohub.protection.participation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How one child of the conference took part (seed section 9): whether they attended, whether the pre-meeting
 * 30 minutes before was held, whether and how they gave their views, and their contact with the chair before
 * the conference. The ways of giving views are kept as a comma-separated list so the row stays flat.
 */
public record ChildParticipation(long childId, Boolean attended, Boolean preMeetingHeld, Boolean viewsGiven,
        String viewsHow, LocalDate chairContactOn, String chairContactHow) {

    public Set<ViewsMethod> viewsMethods() {
        if (viewsHow == null || viewsHow.isBlank()) {
            return EnumSet.noneOf(ViewsMethod.class);
        }
        return Arrays.stream(viewsHow.split(",")).map(ViewsMethod::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ViewsMethod.class)));
    }

    static String codes(Set<ViewsMethod> methods) {
        return methods.isEmpty() ? null
                : EnumSet.copyOf(methods).stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
