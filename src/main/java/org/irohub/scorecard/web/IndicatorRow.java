package org.irohub.scorecard.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.irohub.scorecard.Indicator;
import org.irohub.scorecard.Rag;

/**
 * One line of the scorecard page and its exports: an indicator (or one category of a breakdown) for the period,
 * the same period a year earlier, England, the target with its RAG rating, and the twelve-month trend.
 *
 * @param englandYear the financial year of the England figure, which may be earlier than the period's, or null
 */
public record IndicatorRow(Indicator indicator, String category, String label, Number value, Number previous, String change,
        Number england, String englandYear, String target, Rag rag, List<Number> trend, List<YearMonth> trendMonths) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    public String valueText() {
        return format(value);
    }

    public String previousText() {
        return format(previous);
    }

    public String englandText() {
        return england == null ? "" : format(england);
    }

    /** On the page: the England figure, with its year when it is not the period's own. */
    public String englandTextFor(String periodYear) {
        return england == null ? ""
                : display(england) + (englandYear == null || englandYear.equals(periodYear) ? "" : " (" + englandYear + ")");
    }

    /** On the page, with thousands separated by commas (GOV.UK style); the exports keep plain numbers. */
    public String valueDisplay() {
        return display(value);
    }

    public String previousDisplay() {
        return display(previous);
    }

    private String display(Number n) {
        if (n == null) {
            return format(null);
        }
        java.text.NumberFormat grouped = java.text.NumberFormat.getNumberInstance(Locale.UK);
        int decimals = n instanceof java.math.BigDecimal d ? Math.max(d.scale(), 0) : 0;
        grouped.setMinimumFractionDigits(decimals);
        grouped.setMaximumFractionDigits(decimals);
        String text = grouped.format(n);
        return indicator.kind() == Indicator.Kind.PERCENT ? text + "%" : text;
    }

    public Sparkline sparkline() {
        return Sparkline.of(trend);
    }

    /** The chart's text alternative: every month's value in words. */
    public String trendText() {
        return "Twelve months " + trendMonths.get(0).format(MONTH) + " to "
                + trendMonths.get(trendMonths.size() - 1).format(MONTH) + ": "
                + trend.stream().map(this::format).collect(Collectors.joining(", "));
    }

    /** The drill-down's query string for this row and period. */
    public String drillQuery(java.time.LocalDate from, java.time.LocalDate to) {
        return "indicator=" + indicator.id() + (category == null ? "" : "&category=" + category) + "&from=" + from
                + "&to=" + to;
    }

    public boolean isCount() {
        return indicator.kind() == Indicator.Kind.COUNT || indicator.kind() == Indicator.Kind.BY_CATEGORY;
    }

    public String format(Number n) {
        if (n == null) {
            return "No figure";
        }
        return indicator.kind() == Indicator.Kind.PERCENT ? n + "%" : n.toString();
    }
}
