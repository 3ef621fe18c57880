package org.irohub.interchange.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.irohub.calendar.WorkingDayCalendar;

/**
 * The DfE rules of {@code cin-census.md} about section 47s, ICPCs and plans, checked over generated children
 * (written for these tests from the rules' wording, independent of the generator), collecting the ids of the
 * children that break each.
 */
final class CinRuleCheck implements Consumer<SyntheticChild> {

    private final LocalDate referenceDate;
    private final WorkingDayCalendar calendar;
    final Map<String, Set<String>> findings = new TreeMap<>();

    CinRuleCheck(LocalDate referenceDate, WorkingDayCalendar calendar) {
        this.referenceDate = referenceDate;
        this.calendar = calendar;
    }

    @Override
    public void accept(SyntheticChild child) {
        String id = child.laChildId();
        List<ProtectionPlan> allPlans = new ArrayList<>();
        List<CinPlan> allCinPlans = new ArrayList<>();
        for (Episode e : child.episodes()) {
            episode(id, e);
            allPlans.addAll(e.plans());
            allCinPlans.addAll(e.cinPlans());
        }
        acrossEpisodes(id, allPlans, allCinPlans);
    }

    private void episode(String id, Episode e) {
        List<LocalDate> icpcs = new ArrayList<>();
        int pending = 0;
        for (Section47 s47 : e.section47s()) {
            check(s47.start().isBefore(e.referralDate()), "2889", id);
            if (s47.icpc() != null) {
                icpcs.add(s47.icpc());
                check(s47.start().isAfter(s47.icpc()), "8615", id);
            }
            else if (!s47.icpcNotRequired()) {
                pending++;
                check(calendar.workingDaysBetween(s47.start(), referenceDate) > 15, "8675Q", id);
            }
            check(s47.icpcTarget() != null && weekend(s47.icpcTarget()), "8870Q", id);
        }
        check(pending > 1, "8839", id);
        check(e.transferInIcpc() != null && !icpcs.isEmpty(), "2884", id);
        if (e.transferInIcpc() != null) {
            icpcs.add(e.transferInIcpc());
        }
        for (LocalDate icpc : icpcs) {
            check(icpc.isBefore(e.referralDate()), "1104", id);
            check(weekend(icpc), "8875", id);
        }
        check(e.plans().size() > icpcs.size(), "2883", id);
        for (ProtectionPlan plan : e.plans()) {
            check(plan.start().isBefore(e.referralDate()), "1105", id);
            check(!icpcs.contains(plan.start()), "2885", id);
            check(plan.previousPlans() < 0, "8730", id);
            check(plan.end() != null && plan.end().equals(plan.start()), "8840", id);
            check(plan.end() != null && plan.end().isBefore(plan.start()), "8925", id);
            check(plan.reviews().stream().anyMatch(r -> !r.isAfter(plan.start())), "8841", id);
            for (CinPlan cin : e.cinPlans()) {
                check(plan.end() == null && cin.end() == null, "4001", id);
            }
        }
    }

    private void acrossEpisodes(String id, List<ProtectionPlan> plans, List<CinPlan> cinPlans) {
        check(plans.stream().filter(p -> p.end() == null).count() > 1, "8935", id);
        for (int i = 0; i < plans.size(); i++) {
            for (int j = i + 1; j < plans.size(); j++) {
                boolean iFirst = !plans.get(j).start().isBefore(plans.get(i).start());
                ProtectionPlan earlier = iFirst ? plans.get(i) : plans.get(j);
                ProtectionPlan later = iFirst ? plans.get(j) : plans.get(i);
                check(earlier.end() == null || later.start().isBefore(earlier.end()), "8940", id);
            }
        }
        for (CinPlan cin : cinPlans) {
            for (ProtectionPlan plan : plans) {
                check(within(cin.start(), plan.start(), plan.end()), "4016", id);
                check(within(plan.start(), cin.start(), cin.end()), "4017", id);
                for (LocalDate review : plan.reviews()) {
                    check(cin.end() != null && plan.end() != null && !review.isBefore(cin.start())
                            && review.isBefore(cin.end()) && !review.equals(plan.end()), "4003", id);
                }
            }
        }
    }

    /** On or after start and before end, or up to the reference date when there is no end. */
    private boolean within(LocalDate date, LocalDate start, LocalDate end) {
        return !date.isBefore(start) && (end == null ? !date.isAfter(referenceDate) : date.isBefore(end));
    }

    private static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private void check(boolean broken, String code, String id) {
        if (broken) {
            findings.computeIfAbsent(code, c -> new TreeSet<>()).add(id);
        }
    }
}
