package org.irohub.scorecard;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * England's figures (DfE Characteristics of children in need) for the scorecard's national column, by financial
 * year, seeded from indicators.md; an administrator adds or replaces a year's figures as the DfE publishes them.
 * A period is compared with the national figures of the financial year it ends in.
 */
@Service
public class EnglandFigures {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    EnglandFigures(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Map<Indicator, BigDecimal> forYear(FinancialYear year) {
        Map<Indicator, BigDecimal> figures = new EnumMap<>(Indicator.class);
        jdbc.sql("SELECT indicator, figure FROM scorecard_england_figure WHERE financial_year = :year")
            .param("year", year.startYear())
            .query((rs, n) -> {
                BigDecimal figure = rs.getBigDecimal(2);
                return Indicator.ofId(rs.getString(1)).map(i -> figures.put(i, Targets.scaled(i, figure)));
            })
            .list();
        return figures;
    }

    /** A published England figure and the financial year it is for. */
    public record Figure(FinancialYear year, BigDecimal figure) {
    }

    /**
     * Each indicator's figure for the year, or, where that is not held (the DfE publishes about eight months after
     * a year ends, and not every indicator every year), the latest before it.
     */
    @Transactional(readOnly = true)
    public Map<Indicator, Figure> latestUpTo(FinancialYear year) {
        Map<Indicator, Figure> latest = new EnumMap<>(Indicator.class);
        all().forEach((held, figures) -> {
            if (held.compareTo(year) <= 0) {
                figures.forEach((indicator, figure) -> latest.put(indicator, new Figure(held, figure)));
            }
        });
        return latest;
    }

    /** Every year's figures, oldest first. */
    @Transactional(readOnly = true)
    public Map<FinancialYear, Map<Indicator, BigDecimal>> all() {
        Map<FinancialYear, Map<Indicator, BigDecimal>> all = new TreeMap<>();
        jdbc.sql("SELECT financial_year, indicator, figure FROM scorecard_england_figure")
            .query((rs, n) -> {
                FinancialYear year = new FinancialYear(rs.getInt(1));
                BigDecimal figure = rs.getBigDecimal(3);
                return Indicator.ofId(rs.getString(2))
                    .map(i -> all.computeIfAbsent(year, y -> new EnumMap<>(Indicator.class))
                        .put(i, Targets.scaled(i, figure)));
            })
            .list();
        return all;
    }

    /**
     * Replaces the year's figures with these (keyed by indicator id; counts, percentages or rates, not breakdowns).
     *
     * @throws ScorecardException naming {@code figures.<id>} for an unknown id, a breakdown, or a value that is
     *             negative, over 100 for a percentage, or has more than one decimal place
     */
    @Transactional
    public Map<Indicator, BigDecimal> replaceYear(FinancialYear year, Map<String, BigDecimal> figures, String username) {
        if (figures == null || figures.isEmpty()) {
            throw ScorecardException.invalid("figures", "Give at least one figure, keyed by indicator id");
        }
        Map<Indicator, BigDecimal> checked = new EnumMap<>(Indicator.class);
        figures.forEach((id, value) -> {
            String field = "figures." + id;
            Indicator indicator = Indicator.ofId(id)
                .orElseThrow(() -> ScorecardException.invalid(field, "'" + id + "' is not an indicator id"));
            checked.put(indicator, Targets.checkFigure(indicator, value, field));
        });
        jdbc.sql("DELETE FROM scorecard_england_figure WHERE financial_year = :year")
            .param("year", year.startYear())
            .update();
        checked.forEach((indicator, value) -> jdbc.sql("""
                INSERT INTO scorecard_england_figure (financial_year, indicator, figure) VALUES (:year, :id, :figure)
                """)
            .param("year", year.startYear())
            .param("id", indicator.id())
            .param("figure", value)
            .update());
        audit.record(AuditEvent.success("ENGLAND_FIGURES_REPLACED", "EnglandFigures", year.label())
            .withDetail(checked.entrySet().stream().map(e -> e.getKey().id() + "=" + e.getValue().toPlainString())
                .reduce((a, b) -> a + ", " + b).orElse("")));
        return checked;
    }
}
