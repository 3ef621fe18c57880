package org.irohub.interchange.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.irohub.calendar.WorkingDayCalendar;
import org.irohub.interchange.ImportFinding;
import org.irohub.interchange.internal.CensusRecords.ChildRecord;
import org.irohub.interchange.internal.CensusRecords.CinPlan;
import org.irohub.interchange.internal.CensusRecords.Episode;
import org.irohub.interchange.internal.CensusRecords.Plan;
import org.irohub.interchange.internal.CensusRecords.Section47;
import org.irohub.protection.Category;

/**
 * The DfE CIN census validation rules about section 47 enquiries, initial conferences and child protection plans
 * (cin-census.md), checked on one child at a time. A broken rule is reported, never a reason to drop the record.
 * Dates left open (no end date) count as open to the reference date; without a reference date, to any date.
 * Rule 2883, about the return as a whole, is counted by {@link ReturnTotals}.
 */
final class CensusRules {

    private final CensusHeader header;
    private final WorkingDayCalendar calendar;

    CensusRules(CensusHeader header, WorkingDayCalendar calendar) {
        this.header = header;
        this.calendar = calendar;
    }

    List<ImportFinding> check(ChildRecord child) {
        Findings f = new Findings(child.laChildId());
        List<Plan> plans = new ArrayList<>();
        List<Section47> enquiries = new ArrayList<>();
        List<CinPlan> cinPlans = new ArrayList<>();
        for (Episode e : child.episodes()) {
            episode(e, f);
            plans.addAll(e.plans());
            enquiries.addAll(e.enquiries());
            cinPlans.addAll(e.cinPlans());
        }
        for (Plan p : plans) {
            plan(p, child.death(), f);
            for (CinPlan c : cinPlans) {
                if (!c.start().isBefore(p.start()) && before(c.start(), p.end())) {
                    f.add("4016", "A CIN plan started on " + c.start() + " while the child protection plan that started on "
                            + p.start() + " was open");
                }
                if (!p.start().isBefore(c.start()) && before(p.start(), c.end())) {
                    f.add("4017", "A child protection plan started on " + p.start() + " while the CIN plan that started on "
                            + c.start() + " was open");
                }
            }
        }
        long open = plans.stream().filter(p -> p.end() == null).count();
        if (open > 1) {
            f.add("8935", "The child has " + open + " child protection plans with no end date; only one can be open");
        }
        overlapping(plans, Plan::start, Plan::end, "8940", "A child protection plan starting on %s overlaps the plan "
                + "that started on %s", f);
        overlapping(enquiries.stream().filter(s -> s.start() != null).toList(), Section47::start, this::enquiryEnd,
                "8890", "A section 47 enquiry started on %s while the enquiry started on %s was still open", f);
        return f.list;
    }

    private void episode(Episode e, Findings f) {
        LocalDate referral = e.referral();
        boolean s47Icpc = e.enquiries().stream().anyMatch(s -> s.initialCpc() != null);
        if (e.initialCpc() != null) {
            icpc(e.initialCpc(), referral, f);
            if (s47Icpc) {
                f.add("2884", "An initial conference is recorded both under the section 47 enquiry and directly under the "
                        + "episode starting " + referral + "; only one should be");
            }
        }
        for (Section47 s : e.enquiries()) {
            if (s.start() != null && referral != null && s.start().isBefore(referral)) {
                f.add("2889", "The section 47 enquiry started on " + s.start() + ", before the referral date " + referral);
            }
            if (s.initialCpc() != null) {
                icpc(s.initialCpc(), referral, f);
                if (s.start() == null || s.start().isAfter(s.initialCpc())) {
                    f.add("8615", "The initial conference on " + s.initialCpc() + " has no section 47 start date on or "
                            + "before it");
                }
            }
            else if (!s.notRequired() && s.start() != null && header.referenceDate() != null
                    && calendar.addWorkingDays(s.start(), 15).isBefore(header.referenceDate())) {
                f.add("8675Q", "The section 47 enquiry started on " + s.start() + ", more than 15 working days before the "
                        + "reference date, has no initial conference and is not marked as not needing one");
            }
            if (s.target() != null && weekend(s.target())) {
                f.add("8870Q", "The initial conference target date " + s.target() + " is a " + day(s.target()));
            }
        }
        long openEnquiries = e.enquiries().stream().filter(s -> s.initialCpc() == null && !s.notRequired()).count();
        if (openEnquiries > 1) {
            f.add("8839", "The episode starting " + referral + " has " + openEnquiries + " section 47 enquiries still "
                    + "open; only one can be");
        }
        for (Plan p : e.plans()) {
            if (referral != null && p.start().isBefore(referral)) {
                f.add("1105", "The child protection plan started on " + p.start() + ", before the referral date " + referral);
            }
            if (header.inYear(p.start()) && !p.start().equals(e.initialCpc())
                    && e.enquiries().stream().noneMatch(s -> p.start().equals(s.initialCpc()))) {
                f.add("2885", "The child protection plan started on " + p.start() + ", not on the day of an initial "
                        + "conference");
            }
            if (p.end() == null && e.cinPlans().stream().anyMatch(c -> c.end() == null)) {
                f.add("4001", "A CIN plan and the child protection plan that started on " + p.start() + " are both open");
            }
            for (LocalDate review : p.reviews()) {
                boolean inCinPlan = e.cinPlans().stream().anyMatch(c -> !review.isBefore(c.start())
                        && (c.end() == null || review.isBefore(c.end())));
                if (inCinPlan && !review.equals(p.end())) {
                    f.add("4003", "The review on " + review + " was held while a CIN plan was open");
                }
            }
        }
    }

    private void icpc(LocalDate icpc, LocalDate referral, Findings f) {
        if (referral != null && icpc.isBefore(referral)) {
            f.add("1104", "The initial conference on " + icpc + " is before the referral date " + referral);
        }
        if (weekend(icpc)) {
            f.add("8875", "The initial conference date " + icpc + " is a " + day(icpc));
        }
    }

    private static void plan(Plan p, LocalDate death, Findings f) {
        if (p.end() != null && p.end().equals(p.start())) {
            f.add("8840", "The child protection plan starts and ends on the same day, " + p.start());
        }
        if (p.end() != null && p.end().isBefore(p.start())) {
            f.add("8925", "The child protection plan ends on " + p.end() + ", before it started on " + p.start());
        }
        if (p.previousPlans() == null) {
            f.add("8730", "The number of previous child protection plans is missing for the plan that started on "
                    + p.start() + "; 0 was recorded");
        }
        if (Category.ofCode(p.initialCategory()).isEmpty()) {
            f.add("8905", "The initial category of abuse " + quoted(p.initialCategory()) + " of the plan that started on "
                    + p.start() + " is missing or not NEG, PHY, SAB, EMO or MUL");
        }
        if (Category.ofCode(p.latestCategory()).isEmpty()) {
            f.add("8910", "The latest category of abuse " + quoted(p.latestCategory()) + " of the plan that started on "
                    + p.start() + " is missing or not NEG, PHY, SAB, EMO or MUL");
        }
        if (death != null && p.start().isAfter(death)) {
            f.add("8915", "The child protection plan started on " + p.start() + ", after the child's death on " + death);
        }
        if (death != null && p.end() != null && p.end().isAfter(death)) {
            f.add("8920", "The child protection plan ended on " + p.end() + ", after the child's death on " + death);
        }
        for (LocalDate review : p.reviews()) {
            if (!review.isAfter(p.start())) {
                f.add("8841", "The review on " + review + " is on or before the start of its plan on " + p.start());
            }
        }
    }

    /** Reports each item starting while an earlier-starting (or same-day) other item is still open. */
    private <T> void overlapping(List<T> items, Function<T, LocalDate> start, Function<T, LocalDate> end, String rule,
            String message, Findings f) {
        for (int i = 0; i < items.size(); i++) {
            for (int j = 0; j < items.size(); j++) {
                LocalDate si = start.apply(items.get(i));
                LocalDate sj = start.apply(items.get(j));
                boolean earlier = sj.isBefore(si) || sj.equals(si) && j < i;
                if (i != j && earlier && before(si, end.apply(items.get(j)))) {
                    f.add(rule, message.formatted(si, sj));
                    break;
                }
            }
        }
    }

    /** An enquiry is open until its conference, closed at once when none is needed, else open to the reference date. */
    private LocalDate enquiryEnd(Section47 s) {
        return s.initialCpc() != null ? s.initialCpc() : s.notRequired() ? s.start() : null;
    }

    /** {@code date} falls before {@code end}, an open end counting as the reference date (inclusive). */
    private boolean before(LocalDate date, LocalDate end) {
        if (end != null) {
            return date.isBefore(end);
        }
        return header.referenceDate() == null || !date.isAfter(header.referenceDate());
    }

    private static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static String day(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY ? "Saturday" : "Sunday";
    }

    private static String quoted(String value) {
        return value == null ? "(none)" : "'" + ChildParser.shorten(value) + "'";
    }

    private static final class Findings {

        final String laChildId;
        final List<ImportFinding> list = new ArrayList<>();

        Findings(String laChildId) {
            this.laChildId = laChildId;
        }

        void add(String rule, String message) {
            list.add(new ImportFinding(rule, message, laChildId));
        }
    }
}
