package org.irohub.scorecard;

import org.irohub.support.OnPostgres;

@OnPostgres
class HandWrittenScorecardSqlOnPostgresTests extends HandWrittenScorecardSqlTests {
}
