package org.irohub.scorecard.web;

import org.irohub.support.OnPostgres;

/** The same scorecard API contract against a real PostgreSQL server. */
@OnPostgres
class ScorecardApiOnPostgresTests extends ScorecardApiTests {
}
