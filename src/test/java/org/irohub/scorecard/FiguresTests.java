package org.irohub.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Rounding, rates and changes between years, with the seed's figures read as indicators.md says. */
class FiguresTests {

    @Test
    void theSeedsRateIs78Point3Per10000ForAPopulationOf54280() {
        assertThat(Percentages.ratePer10k(425, 54_280L)).isEqualTo(new BigDecimal("78.3"));
    }

    @Test
    void aRateWithoutAPopulationIsUnknown() {
        assertThat(Percentages.ratePer10k(425, null)).isNull();
    }

    @Test
    void percentagesRoundHalfUpToOneDecimalAndAreUnknownOfNothing() {
        assertThat(Percentages.percent(1, 8)).isEqualTo(new BigDecimal("12.5"));
        assertThat(Percentages.percent(1, 16)).isEqualTo(new BigDecimal("6.3"));
        assertThat(Percentages.percent(2, 3)).isEqualTo(new BigDecimal("66.7"));
        assertThat(Percentages.percent(0, 5)).isEqualTo(new BigDecimal("0.0"));
        assertThat(Percentages.percent(0, 0)).isNull();
    }

    @Test
    void childrenOnAPlanFallingFrom438To425IsAFallOf13OrMinus3Point0Percent() {
        var change = new ChangeBetweenYears(Indicator.CHILDREN_ON_PLAN_AT_END, 438, 425);

        assertThat(change.difference()).isEqualTo(new BigDecimal("-13"));
        assertThat(change.percentChange()).isEqualTo(new BigDecimal("-3.0"));
        assertThat(change.wording()).isEqualTo("-13 (-3.0%)");
    }

    @Test
    void icpcTimelinessRisingFrom66To80PercentIsPlus14PercentagePoints() {
        var change = new ChangeBetweenYears(Indicator.ICPC_WITHIN_15_WORKING_DAYS_PCT, new BigDecimal("66"),
                new BigDecimal("80"));

        assertThat(change.difference()).isEqualTo(new BigDecimal("14.0"));
        assertThat(change.percentChange()).isNull();
        assertThat(change.wording()).isEqualTo("+14.0 percentage points");
    }

    @Test
    void plansOver12MonthsRisingFrom55To57() {
        var change = new ChangeBetweenYears(Indicator.PLANS_OVER_12_MONTHS_AT_END, 55, 57);

        assertThat(change.wording()).isEqualTo("+2 (+3.6%)");
    }

    @Test
    void aChangeFromNothingOrToAnUnknownFigureHasNoPercentage() {
        assertThat(new ChangeBetweenYears(Indicator.PLANS_STARTED, 0, 4).percentChange()).isNull();
        assertThat(new ChangeBetweenYears(Indicator.REVIEWS_IN_TIMESCALE_PCT, null, new BigDecimal("80.0")).wording())
            .isEqualTo("no comparison");
    }

    @Test
    void financialYearsAreLabelledAndFoundByDate() {
        assertThat(FinancialYear.parse("2016-17")).isEqualTo(new FinancialYear(2016));
        assertThat(FinancialYear.parse("1999-00").last()).isEqualTo(LocalDate.of(2000, 3, 31));
        assertThat(FinancialYear.containing(LocalDate.of(2017, 3, 31)).label()).isEqualTo("2016-17");
        assertThat(FinancialYear.containing(LocalDate.of(2017, 4, 1)).label()).isEqualTo("2017-18");
        assertThatThrownBy(() -> FinancialYear.parse("2016-18")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FinancialYear.parse("2016/17")).isInstanceOf(IllegalArgumentException.class);
    }
}
