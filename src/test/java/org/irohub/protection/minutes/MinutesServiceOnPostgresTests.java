package org.irohub.protection.minutes;

import org.irohub.support.OnPostgres;

/** The same minutes tests against a real PostgreSQL server. */
@OnPostgres
class MinutesServiceOnPostgresTests extends MinutesServiceTests {
}
