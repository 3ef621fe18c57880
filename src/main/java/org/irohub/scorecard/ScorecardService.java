package org.irohub.scorecard;

import static org.irohub.scorecard.Indicator.*;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.irohub.calendar.WorkingDayCalendar;
import org.irohub.calendar.WorkingDays;
import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes every indicator of indicators.md, live, for any period {@code [from, to]}: four passes over
 * protection's views (see {@link ScorecardQueries}), run at once, and the ICPC timeliness check in Java, because
 * "within 15 working days" needs the bank holidays of the calendar module. The statutory 15 working days, not any locally configured timescale.
 */
@Service
public class ScorecardService {

    /** Working Together: an ICPC within 15 working days of the strategy discussion that started the s47 enquiry. */
    public static final int ICPC_WORKING_DAYS = 15;

    /** The longest run of months one request may ask for, month by month: ten years. */
    public static final int MAX_MONTHS = 120;

    private final ScorecardQueries queries;
    private final BreakdownQueries breakdowns;
    private final ChildPopulations populations;
    private final WorkingDays workingDays;

    /** Three threads, shared by every scorecard being computed: the passes run beside the caller's own. */
    private final ExecutorService passes = Executors.newFixedThreadPool(3, new ThreadFactory() {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable pass) {
            Thread thread = new Thread(pass, "scorecard-pass-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    });

    ScorecardService(ScorecardQueries queries, BreakdownQueries breakdowns, ChildPopulations populations,
            WorkingDays workingDays) {
        this.queries = queries;
        this.breakdowns = breakdowns;
        this.populations = populations;
        this.workingDays = workingDays;
    }

    @PreDestroy
    void stopPasses() {
        passes.shutdownNow();
    }

    private static <T> T joined(CompletableFuture<T> pass) {
        try {
            return pass.join();
        }
        catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * The four passes run at once, each on a connection of its own (three on {@link #passes}, the longest on the
     * caller's thread), so the scorecard takes about as long as its longest pass. Not in a transaction: each pass
     * is one read of committed records, and a caller waiting on the others holds no connection, so however many
     * ask at once the passes cannot starve the pool.
     *
     * @throws ScorecardException (field {@code from} or {@code to}) when a date is missing or from is after to
     */
    public Scorecard compute(LocalDate from, LocalDate to) {
        ScorecardException.checkPeriod(from, to);
        var flowsPass = CompletableFuture.supplyAsync(() -> queries.planFlows(from, to), passes);
        var reviewsPass = CompletableFuture.supplyAsync(() -> queries.reviews(from, to), passes);
        var icpcPass = CompletableFuture.supplyAsync(() -> icpcTimeliness(from, to), passes);
        var open = queries.openAtEnd(ScorecardQueries.OpenAtEndDates.at(to));
        Integer population = populations.populationForPeriodEnding(to).orElse(null);
        var flows = joined(flowsPass);
        var reviews = joined(reviewsPass);
        int[] icpc = joined(icpcPass);

        Map<Indicator, Object> v = new EnumMap<>(Indicator.class);
        v.put(CHILDREN_ON_PLAN_AT_END, open.children());
        v.put(RATE_PER_10K_AT_END, Percentages.ratePer10k(open.children(), population == null ? null : (long) population));
        v.put(PLANS_STARTED, flows.started());
        v.put(PLANS_STARTED_SECOND_OR_SUBSEQUENT, flows.secondOrSubsequent());
        v.put(PLANS_STARTED_SECOND_OR_SUBSEQUENT_PCT, Percentages.percent(flows.secondOrSubsequent(), flows.started()));
        v.put(PLANS_STARTED_BY_INITIAL_CATEGORY, flows.startedByCategory());
        v.put(PLANS_ENDED, flows.ended());
        v.put(PLANS_ENDED_LASTING_2_YEARS_OR_MORE, flows.endedLasting2Years());
        v.put(PLANS_ENDED_LASTING_2_YEARS_OR_MORE_PCT, Percentages.percent(flows.endedLasting2Years(), flows.ended()));
        v.put(PLANS_OVER_12_MONTHS_AT_END, open.plansOver12Months());
        v.put(PLANS_OVER_2_YEARS_AT_END, open.plansOver2Years());
        v.put(CHILDREN_ON_PLAN_AT_END_BY_LATEST_CATEGORY, open.childrenByCategory());
        v.put(ICPC_HELD, icpc[0]);
        v.put(ICPC_WITHIN_15_WORKING_DAYS, icpc[1]);
        v.put(ICPC_WITHIN_15_WORKING_DAYS_PCT, Percentages.percent(icpc[1], icpc[0]));
        v.put(REVIEWS_HELD, reviews.held());
        v.put(REVIEWS_IN_TIMESCALE, reviews.inTimescale());
        v.put(REVIEWS_IN_TIMESCALE_PCT, Percentages.percent(reviews.inTimescale(), reviews.held()));
        v.put(CHILDREN_ON_PLAN_3_MONTHS_AT_END, open.cohort());
        v.put(CHILDREN_REVIEWED_IN_TIMESCALE, open.cohortReviewedInTime());
        v.put(CHILDREN_REVIEWED_IN_TIMESCALE_PCT, Percentages.percent(open.cohortReviewedInTime(), open.cohort()));
        return new Scorecard(from, to, v);
    }

    /** The twelve months to the end of {@code lastMonth}, each month's scorecard, oldest first. */
    public MonthlyTrend monthlyTrend(YearMonth lastMonth) {
        List<Scorecard> months = new ArrayList<>();
        for (YearMonth month = lastMonth.minusMonths(11); !month.isAfter(lastMonth); month = month.plusMonths(1)) {
            months.add(compute(month.atDay(1), month.atEndOfMonth()));
        }
        return new MonthlyTrend(months);
    }

    /** Reasons out of timescale by month, conference type (INITIAL, REVIEW, TRANSFER_IN) and reason. */
    @Transactional(readOnly = true)
    public List<LateReasonCount> lateReasons(LocalDate from, LocalDate to) {
        ScorecardException.checkPeriod(from, to);
        return breakdowns.lateReasons(from, to);
    }

    /**
     * Each month of the period: children on a plan at its end by category, plans started in it by initial category.
     * A month the period only partly covers is cut to the period.
     */
    @Transactional(readOnly = true)
    public List<CategoryMonth> categoriesOverTime(LocalDate from, LocalDate to) {
        List<YearMonth> months = months(from, to);
        Map<YearMonth, Map<String, Integer>> started = breakdowns.startedByMonth(from, to);
        List<CategoryMonth> result = new ArrayList<>();
        for (YearMonth month : months) {
            LocalDate end = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
            result.add(new CategoryMonth(month, breakdowns.childrenByCategoryAt(end),
                    started.getOrDefault(month, BreakdownQueries.zeros())));
        }
        return result;
    }

    static List<YearMonth> months(LocalDate from, LocalDate to) {
        ScorecardException.checkPeriod(from, to);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        if (months.size() > MAX_MONTHS) {
            throw ScorecardException.invalid("to", "Ask for at most " + MAX_MONTHS + " months at a time");
        }
        return months;
    }

    /** The last day an ICPC is within 15 working days of the section 47 start: {@code addWD(s47Start, 15)}. */
    public LocalDate icpcDue(LocalDate s47Start) {
        return workingDays.addWorkingDays(s47Start, ICPC_WORKING_DAYS);
    }

    /** Whether an ICPC held on {@code heldOn} was within 15 working days of the s47 start, bank holidays counted. */
    public boolean icpcInTime(LocalDate s47Start, LocalDate heldOn) {
        return !heldOn.isAfter(workingDays.addWorkingDays(s47Start, ICPC_WORKING_DAYS));
    }

    /** {held, within 15 working days}, against one snapshot of the bank holidays. */
    private int[] icpcTimeliness(LocalDate from, LocalDate to) {
        WorkingDayCalendar calendar = workingDays.calendar();
        return queries.icpcTimeliness(from, to, s47Start -> calendar.addWorkingDays(s47Start, ICPC_WORKING_DAYS));
    }
}
