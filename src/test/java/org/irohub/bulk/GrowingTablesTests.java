package org.irohub.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GrowingTablesTests {

    @Test
    void aTableWithRowsButNoStatisticsHasOutgrownThem() {
        assertThat(GrowingTables.outgrown(250, 0)).isTrue();
        assertThat(GrowingTables.outgrown(10_000, 0)).isTrue();
    }

    @Test
    void anEmptyTableNeedsNoStatistics() {
        assertThat(GrowingTables.outgrown(0, 0)).isFalse();
    }

    @Test
    void aTableIsAnalysedAgainOnceItHoldsFourTimesTheRowsItsStatisticsCameFrom() {
        assertThat(GrowingTables.outgrown(999, 250)).isFalse();
        assertThat(GrowingTables.outgrown(1_000, 250)).isTrue();
    }

    @Test
    void aLargeTableIsNotAnalysedForAFewThousandNewRows() {
        assertThat(GrowingTables.outgrown(30_000, 20_000)).isFalse();
    }
}
