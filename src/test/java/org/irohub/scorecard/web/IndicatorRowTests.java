package org.irohub.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.irohub.scorecard.Indicator;
import org.junit.jupiter.api.Test;

class IndicatorRowTests {

    @Test
    void thePageSeparatesThousandsWhileTheExportsKeepPlainNumbers() {
        IndicatorRow row = row(Indicator.CHILDREN_ON_PLAN_AT_END, 1234, 987, new BigDecimal("49420"), "2024-25");

        assertThat(row.valueDisplay()).isEqualTo("1,234");
        assertThat(row.previousDisplay()).isEqualTo("987");
        assertThat(row.valueText()).isEqualTo("1234");
        assertThat(row.englandText()).isEqualTo("49420");
        assertThat(row.englandTextFor("2026-27")).isEqualTo("49,420 (2024-25)");
        assertThat(row.englandTextFor("2024-25")).isEqualTo("49,420");
    }

    @Test
    void percentagesKeepTheirOneDecimalPlaceEvenWhenItIsNought() {
        IndicatorRow row = row(Indicator.REVIEWS_IN_TIMESCALE_PCT, new BigDecimal("100.0"), new BigDecimal("93.3"),
                new BigDecimal("78.5"), "2022-23");

        assertThat(row.valueDisplay()).isEqualTo("100.0%");
        assertThat(row.previousDisplay()).isEqualTo("93.3%");
        assertThat(row.englandTextFor("2026-27")).isEqualTo("78.5% (2022-23)");
    }

    @Test
    void noFigureIsSaidInWords() {
        IndicatorRow row = row(Indicator.REVIEWS_IN_TIMESCALE_PCT, null, null, null, null);

        assertThat(row.valueDisplay()).isEqualTo("No figure");
        assertThat(row.englandTextFor("2026-27")).isEmpty();
    }

    private static IndicatorRow row(Indicator indicator, Number value, Number previous, Number england, String year) {
        return new IndicatorRow(indicator, null, indicator.label(), value, previous, "", england, year, "", null,
                List.of(1, 2), List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10)));
    }
}
