package org.irohub.interchange;

import org.irohub.support.OnPostgres;

/** The 10,000-child import on a real PostgreSQL server. */
@OnPostgres
class CensusImportTimingOnPostgresTests extends CensusImportTimingTests {
}
