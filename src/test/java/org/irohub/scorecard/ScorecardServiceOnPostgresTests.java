package org.irohub.scorecard;

import org.irohub.support.OnPostgres;

/** The same hand-worked cases on PostgreSQL: month arithmetic and the SQL must agree with H2. */
@OnPostgres
class ScorecardServiceOnPostgresTests extends ScorecardServiceTests {
}
