package org.irohub.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.irohub.children.internal.ChildRecords;
import org.irohub.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The full baseline must count what the scorecard counts, or comparing their times means nothing. */
@OnPostgres
class HandWrittenFullScorecardSqlOnPostgresTests {

    @Autowired
    ScorecardService scorecards;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChildRecords childRecords;

    @Autowired
    DataSource dataSource;

    @Test
    void theFullHandWrittenStatementAgreesWithEveryCountOfTheScorecardOnTheHandWorkedYear() {
        Year1999Cases.in(dataSource, jdbc, childRecords);

        var counts = HandWrittenFullScorecardSql.run(jdbc, Year1999Cases.FROM, Year1999Cases.TO, scorecards::icpcDue);
        Scorecard scorecard = scorecards.compute(Year1999Cases.FROM, Year1999Cases.TO);

        assertThat(counts).isEqualTo(HandWrittenFullScorecardSql.countsOf(scorecard));
        assertThat(counts.get(Indicator.CHILDREN_ON_PLAN_AT_END.id())).isEqualTo(14);
    }
}
