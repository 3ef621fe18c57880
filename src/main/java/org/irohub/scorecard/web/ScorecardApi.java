package org.irohub.scorecard.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.irohub.scorecard.CategoryMonth;
import org.irohub.scorecard.Drilldown;
import org.irohub.scorecard.DrilldownRow;
import org.irohub.scorecard.Indicator;
import org.irohub.scorecard.LateReasonCount;
import org.irohub.scorecard.MonthlyTrend;
import org.irohub.scorecard.ScorecardDrilldown;
import org.irohub.scorecard.ScorecardException;
import org.irohub.scorecard.ScorecardRoles;
import org.irohub.scorecard.ScorecardService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Scorecard", description = "The IRO scorecard computed live with the DfE definitions (indicators.md). "
        + "Figures: IRO_MANAGER, PERFORMANCE_VIEWER, ADMIN. Drill-down: IRO_MANAGER, ADMIN.")
class ScorecardApi {

    private final ScorecardService scorecards;
    private final ScorecardDrilldown drilldowns;

    ScorecardApi(ScorecardService scorecards, ScorecardDrilldown drilldowns) {
        this.scorecards = scorecards;
        this.drilldowns = drilldowns;
    }

    record ScorecardJson(LocalDate from, LocalDate to, Map<String, Object> indicators) {
    }

    record TrendJson(List<YearMonth> months, Map<String, List<Object>> indicators) {
    }

    record LateReasonsJson(LocalDate from, LocalDate to, List<LateReasonCount> counts) {
    }

    record CategoriesJson(LocalDate from, LocalDate to, List<CategoryMonth> months) {
    }

    record DrilldownJson(String indicator, String category, LocalDate from, LocalDate to, int count, int hiddenRows,
            List<DrilldownRow> rows) {
    }

    @GetMapping("/api/scorecard")
    @PreAuthorize(ScorecardRoles.FIGURES)
    @Operation(summary = "Every indicator for the period [from, to]",
            description = "Keys are the ids of indicators.md. Counts are integers; percentages and the rate per 10,000 "
                    + "have one decimal place and are null when the denominator is 0 or no population is set; "
                    + "breakdowns are objects keyed NEG, PHY, SAB, EMO, MUL. from after to: 400.")
    ScorecardJson scorecard(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var scorecard = scorecards.compute(from, to);
        return new ScorecardJson(scorecard.from(), scorecard.to(), scorecard.byId());
    }

    @GetMapping("/api/scorecard/trend")
    @PreAuthorize(ScorecardRoles.FIGURES)
    @Operation(summary = "Each indicator month by month for the twelve months to the end of month (YYYY-MM)",
            description = "months oldest first; indicators maps each id to its twelve values in the same order.")
    TrendJson trend(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        MonthlyTrend trend = scorecards.monthlyTrend(month);
        Map<String, List<Object>> values = new LinkedHashMap<>();
        for (Indicator indicator : Indicator.values()) {
            values.put(indicator.id(), trend.values(indicator));
        }
        return new TrendJson(trend.yearMonths(), values);
    }

    @GetMapping("/api/scorecard/late-reasons")
    @PreAuthorize(ScorecardRoles.FIGURES)
    @Operation(summary = "Reasons out of timescale by month, conference type and reason (seed 5.2, 6.4)",
            description = "A conference late for two reasons counts under each. Types: INITIAL, REVIEW, TRANSFER_IN.")
    LateReasonsJson lateReasons(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return new LateReasonsJson(from, to, scorecards.lateReasons(from, to));
    }

    @GetMapping("/api/scorecard/categories")
    @PreAuthorize(ScorecardRoles.FIGURES)
    @Operation(summary = "Categories of abuse month by month",
            description = "For each month: children on a plan at its end by the category then, and plans started "
                    + "in it by initial category, keyed NEG, PHY, SAB, EMO, MUL. At most 120 months.")
    CategoriesJson categories(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return new CategoriesJson(from, to, scorecards.categoriesOverTime(from, to));
    }

    @GetMapping("/api/scorecard/drilldown")
    @PreAuthorize(ScorecardRoles.DRILL_DOWN)
    @Operation(summary = "The children or conferences behind a count (IRO_MANAGER, ADMIN; not PERFORMANCE_VIEWER)",
            description = "indicator: a count's id; category (NEG, PHY, SAB, EMO, MUL) for a breakdown. Restricted "
                    + "children the user is not granted are left out of rows and counted in hiddenRows. Each child "
                    + "listed is audited. A percentage or rate: 400 naming the counts to drill into.")
    DrilldownJson drilldown(@RequestParam String indicator, @RequestParam(required = false) String category,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Principal principal) {
        Indicator i = Indicator.ofId(indicator)
            .orElseThrow(() -> ScorecardException.invalid("indicator", "'" + indicator + "' is not an indicator id"));
        Drilldown d = drilldowns.list(i, category, from, to, principal.getName());
        return new DrilldownJson(d.indicator().id(), d.category(), d.from(), d.to(), d.count(), d.hiddenRows(),
                d.rows());
    }
}
