package org.irohub.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.irohub.children.internal.ChildRecords;
import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The benchmark's baseline must count what the scorecard counts, or comparing their times means nothing. */
@IroHubTest
class HandWrittenScorecardSqlTests {

    @Autowired
    ScorecardService scorecards;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChildRecords childRecords;

    @Autowired
    DataSource dataSource;

    @Test
    void theHandWrittenStatementAgreesWithTheScorecardOnTheHandWorkedYear() {
        Year1999Cases.in(dataSource, jdbc, childRecords);

        var figures = HandWrittenScorecardSql.run(jdbcTemplate, Year1999Cases.FROM, Year1999Cases.TO);
        Scorecard scorecard = scorecards.compute(Year1999Cases.FROM, Year1999Cases.TO);

        assertThat(figures).isEqualTo(new HandWrittenScorecardSql.Figures(14, 10, 4, 15, 12));
        assertThat(figures).isEqualTo(new HandWrittenScorecardSql.Figures(
                scorecard.count(Indicator.CHILDREN_ON_PLAN_AT_END), scorecard.count(Indicator.PLANS_STARTED),
                scorecard.count(Indicator.PLANS_ENDED), scorecard.count(Indicator.REVIEWS_HELD),
                scorecard.count(Indicator.REVIEWS_IN_TIMESCALE)));
    }
}
