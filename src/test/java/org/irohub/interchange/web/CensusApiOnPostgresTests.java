package org.irohub.interchange.web;

import org.irohub.support.OnPostgres;

/** The same CIN census API contract against a real PostgreSQL server. */
@OnPostgres
class CensusApiOnPostgresTests extends CensusApiTests {
}
