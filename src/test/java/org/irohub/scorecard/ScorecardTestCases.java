package org.irohub.scorecard;

import javax.sql.DataSource;

import org.irohub.children.internal.ChildRecords;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Opens the scorecard's hand-worked cases to tests in other packages (the web layer). */
public final class ScorecardTestCases {

    private ScorecardTestCases() {
    }

    /** Builds the 1999-00 cases once per database; see {@link Year1999Cases}. */
    public static void year1999(DataSource dataSource, JdbcClient jdbc, ChildRecords childRecords) {
        Year1999Cases.in(dataSource, jdbc, childRecords);
    }
}
