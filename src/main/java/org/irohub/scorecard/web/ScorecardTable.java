package org.irohub.scorecard.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.irohub.protection.Category;
import org.irohub.scorecard.ChangeBetweenYears;
import org.irohub.scorecard.EnglandFigures;
import org.irohub.scorecard.FinancialYear;
import org.irohub.scorecard.Indicator;
import org.irohub.scorecard.MonthlyTrend;
import org.irohub.scorecard.Scorecard;
import org.irohub.scorecard.ScorecardService;
import org.irohub.scorecard.Target;
import org.irohub.scorecard.Targets;
import org.springframework.stereotype.Component;

/** Puts the scorecard page's table together: this period, a year earlier, England, targets and the trend. */
@Component
class ScorecardTable {

    private final ScorecardService scorecards;
    private final EnglandFigures england;
    private final Targets targets;

    ScorecardTable(ScorecardService scorecards, EnglandFigures england, Targets targets) {
        this.scorecards = scorecards;
        this.england = england;
        this.targets = targets;
    }

    public record Table(LocalDate from, LocalDate to, FinancialYear englandYear, MonthlyTrend trend, List<IndicatorRow> rows) {
    }

    Table build(LocalDate from, LocalDate to) {
        Scorecard now = scorecards.compute(from, to);
        Scorecard before = scorecards.compute(from.minusYears(1), to.minusYears(1));
        MonthlyTrend trend = scorecards.monthlyTrend(YearMonth.from(to));
        FinancialYear year = FinancialYear.containing(to);
        Map<Indicator, EnglandFigures.Figure> national = england.latestUpTo(year);
        Map<Indicator, Target> local = targets.all();
        List<IndicatorRow> rows = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            if (indicator.kind() == Indicator.Kind.BY_CATEGORY) {
                for (String category : now.breakdown(indicator).keySet()) {
                    Number value = now.breakdown(indicator).get(category);
                    Number previous = before.breakdown(indicator).get(category);
                    List<Number> values = trend.values(indicator).stream()
                        .map(v -> (Number) ((Map<?, ?>) v).get(category))
                        .toList();
                    rows.add(new IndicatorRow(indicator, category, indicator.label() + ": "
                            + Category.ofCode(category).map(Category::label).orElse(category), value, previous,
                            new ChangeBetweenYears(Indicator.PLANS_STARTED, previous, value).wording(), null, null, "", null,
                            values, trend.yearMonths()));
                }
                continue;
            }
            Number value = (Number) now.value(indicator);
            Number previous = (Number) before.value(indicator);
            Target target = local.get(indicator);
            List<Number> values = trend.values(indicator).stream().map(v -> (Number) v).toList();
            EnglandFigures.Figure nationally = national.get(indicator);
            rows.add(new IndicatorRow(indicator, null, indicator.label(), value, previous,
                    new ChangeBetweenYears(indicator, previous, value).wording(),
                    nationally == null ? null : nationally.figure(),
                    nationally == null ? null : nationally.year().label(),
                    describe(target), target == null ? null : target.rate(value), values, trend.yearMonths()));
        }
        return new Table(from, to, year, trend, rows);
    }

    private static String describe(Target t) {
        if (t == null) {
            return "";
        }
        String sign = t.direction() == Target.Direction.HIGHER_IS_BETTER ? "at least " : "at most ";
        return "Green " + sign + t.green().toPlainString() + ", amber " + sign + t.amber().toPlainString();
    }
}
