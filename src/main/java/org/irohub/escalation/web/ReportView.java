package org.irohub.escalation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.irohub.escalation.EscalationSummary;
import org.irohub.escalation.ListItem;
import org.irohub.escalation.Stage;

/**
 * The summary laid out for the report page: table 8.3 as the seed prints it, counts by agency, theme and chair
 * with their labels and shares of the total, and the theme chart.
 */
record ReportView(EscalationSummary summary, List<StageRow> table, List<Share> byAgency, List<Share> byTheme,
        BarChart themeChart, List<Share> byChair) {

    /** One row of table 8.3: a stage's count and column percentage in each quarter, then in total. */
    record StageRow(String label, List<Cell> quarters, Cell total) {
    }

    record Cell(long count, BigDecimal percent) {
    }

    record Share(String label, long count, BigDecimal percent) {
    }

    static ReportView of(EscalationSummary s, List<ListItem> agencies, List<ListItem> themes,
            Map<String, String> chairs) {
        List<StageRow> table = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            table.add(new StageRow(stage.label(),
                    s.byQuarter().stream().map(q -> new Cell(q.counts().get(stage), q.percentages().get(stage))).toList(),
                    new Cell(s.totals().counts().get(stage), s.totals().percentages().get(stage))));
        }
        long total = s.totals().total();
        List<Share> byTheme = shares(s.byTheme(), listed(themes), active(themes), total);
        return new ReportView(s, table, shares(s.byAgency(), listed(agencies), active(agencies), total), byTheme,
                BarChart.of(byTheme.stream().map(t -> new BarChart.Item(t.label(), t.count())).toList()),
                byCount(shares(s.byChair(), chairs, Set.of(), total)));
    }

    /** Labels of the active entries in list order, then of the deactivated ones. */
    private static Map<String, String> listed(List<ListItem> items) {
        Map<String, String> labels = new LinkedHashMap<>();
        items.stream().filter(ListItem::active).forEach(i -> labels.put(i.code(), i.label()));
        items.stream().filter(i -> !i.active()).forEach(i -> labels.put(i.code(), i.label() + " (deactivated)"));
        return labels;
    }

    private static Set<String> active(List<ListItem> items) {
        return items.stream().filter(ListItem::active).map(ListItem::code).collect(Collectors.toSet());
    }

    /**
     * The entries {@code alwaysShown} (counted or not) and every other entry counted, in the order of
     * {@code labels} then unknown codes, each with its share of the total.
     */
    private static List<Share> shares(Map<String, Long> counts, Map<String, String> labels, Set<String> alwaysShown,
            long total) {
        List<Share> shares = new ArrayList<>();
        labels.forEach((code, label) -> {
            long n = counts.getOrDefault(code, 0L);
            if (n > 0 || alwaysShown.contains(code)) {
                shares.add(new Share(label, n, percent(n, total)));
            }
        });
        counts.forEach((code, n) -> {
            if (!labels.containsKey(code)) {
                shares.add(new Share(code, n, percent(n, total)));
            }
        });
        return shares;
    }

    private static List<Share> byCount(List<Share> shares) {
        List<Share> sorted = new ArrayList<>(shares);
        sorted.sort(Comparator.comparingLong(Share::count).reversed().thenComparing(Share::label));
        return sorted;
    }

    private static BigDecimal percent(long n, long total) {
        return total == 0 ? new BigDecimal("0.00")
                : BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(total), 2, java.math.RoundingMode.HALF_UP);
    }

    /** Totals row of table 8.3: each column's total, 100.00% when it has any. */
    public List<Cell> quarterTotals() {
        return summary.byQuarter().stream().map(q -> new Cell(q.total(), percent(q.total(), q.total()))).toList();
    }

    public Cell grandTotal() {
        return new Cell(summary.totals().total(), percent(summary.totals().total(), summary.totals().total()));
    }
}
