package org.irohub.scorecard.web;

import org.irohub.support.OnPostgres;

@OnPostgres
class ScorecardDrilldownApiOnPostgresTests extends ScorecardDrilldownApiTests {
}
