package org.irohub.interchange.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Breaks one DfE rule in a child's record, for demos of import findings; the file stays valid against the
 * schema. Returns the rule code planted, or nothing when the child has no record the chosen breach fits. A breach
 * may bring a related one with it (a second, overlapping plan also means more plans than conferences, 2883).
 */
final class ErrorPlanter {

    private static final String[] CODES = { "2885", "8875", "8841", "8840", "8925", "2884", "8870Q", "2889",
        "8675Q", "8940", "4017" };

    private final Horizon horizon;

    ErrorPlanter(Horizon horizon) {
        this.horizon = horizon;
    }

    record Planted(SyntheticChild child, String code) {
    }

    /** Tries the breaches from a random one onwards until one fits this child. */
    Planted plant(SyntheticChild child, Draws draws) {
        int first = draws.between(0, CODES.length - 1);
        for (int i = 0; i < CODES.length; i++) {
            String code = CODES[(first + i) % CODES.length];
            SyntheticChild broken = breach(code, child);
            if (broken != null) {
                return new Planted(broken, code);
            }
        }
        return null;
    }

    private SyntheticChild breach(String code, SyntheticChild child) {
        List<Episode> episodes = child.episodes();
        for (int i = 0; i < episodes.size(); i++) {
            Episode broken = breach(code, episodes.get(i));
            if (broken != null) {
                List<Episode> replaced = new ArrayList<>(episodes);
                replaced.set(i, broken);
                return child.withEpisodes(replaced);
            }
        }
        return null;
    }

    private Episode breach(String code, Episode e) {
        Section47 s47 = e.section47s().isEmpty() ? null : e.section47s().get(0);
        ProtectionPlan plan = e.plans().isEmpty() ? null : e.plans().get(0);
        boolean conferenced = s47 != null && s47.icpc() != null && plan != null;
        boolean ended = plan != null && plan.end() != null;
        return switch (code) {
            case "2885" -> conferenced ? withPlan(e, p -> p.withDates(p.start().plusDays(1), p.end(), p.reviews())) : null;
            case "8875" -> conferenced && weekendBefore(s47.icpc()).isAfter(s47.start()) ? movedToWeekend(e, s47, plan) : null;
            case "8841" -> plan != null && !plan.reviews().isEmpty()
                    ? withPlan(e, p -> p.withDates(p.start(), p.end(), replaceFirst(p.reviews(), p.start()))) : null;
            case "8840" -> ended ? withPlan(e, p -> p.withDates(p.start(), p.start(), List.of())) : null;
            case "8925" -> ended ? withPlan(e, p -> p.withDates(p.start(), p.start().minusDays(1), List.of())) : null;
            case "2884" -> conferenced && e.transferInIcpc() == null ? e.withTransferInIcpc(s47.icpc()) : null;
            case "8870Q" -> s47 != null && !s47.icpcNotRequired() ? withSection47(e, new Section47(s47.start(),
                    s47.icpcTarget().with(TemporalAdjusters.next(DayOfWeek.SATURDAY)), s47.icpc(), false)) : null;
            case "2889" -> s47 != null ? withSection47(e, new Section47(e.referralDate().minusDays(3),
                    s47.icpcTarget(), s47.icpc(), s47.icpcNotRequired())) : null;
            case "8675Q" -> s47 != null && s47.icpcNotRequired() && overdue(s47.start())
                    ? withSection47(e, new Section47(s47.start(), null, null, false)) : null;
            case "8940" -> ended && plan.end().isAfter(plan.start().plusDays(20))
                    ? e.withPlans(List.of(plan, plan.withDates(plan.start().plusDays(10), plan.end(), List.of()))) : null;
            case "4017" -> plan != null
                    ? e.withCinPlans(List.of(new CinPlan(plan.start().minusDays(10), plan.start().plusDays(10)))) : null;
            default -> null;
        };
    }

    /** An enquiry started more than 15 working days before the reference date. */
    private boolean overdue(LocalDate section47Start) {
        return !horizon.passed(horizon.addWorkingDays(section47Start, EpisodeFactory.ICPC_WORKING_DAYS + 1));
    }

    private static Episode movedToWeekend(Episode e, Section47 s47, ProtectionPlan plan) {
        LocalDate saturday = weekendBefore(s47.icpc());
        Episode moved = withSection47(e, new Section47(s47.start(), s47.icpcTarget(), saturday, false));
        return withPlan(moved, p -> p.withDates(saturday, p.end(), p.reviews()))
            .withCinPlans(e.cinPlans().stream().filter(c -> !c.start().isBefore(plan.start())).toList());
    }

    private static LocalDate weekendBefore(LocalDate date) {
        return date.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
    }

    private static Episode withPlan(Episode e, UnaryOperator<ProtectionPlan> change) {
        List<ProtectionPlan> plans = new ArrayList<>(e.plans());
        plans.set(0, change.apply(plans.get(0)));
        return e.withPlans(plans);
    }

    private static Episode withSection47(Episode e, Section47 replacement) {
        List<Section47> section47s = new ArrayList<>(e.section47s());
        section47s.set(0, replacement);
        return e.withSection47s(section47s);
    }

    private static List<LocalDate> replaceFirst(List<LocalDate> dates, LocalDate first) {
        List<LocalDate> replaced = new ArrayList<>(dates);
        replaced.set(0, first);
        return replaced;
    }
}
