package org.irohub.staff.internal;

import org.irohub.support.OnPostgres;

/** The same chair tests against a real PostgreSQL server. */
@OnPostgres
class ChairServiceOnPostgresTests extends ChairServiceTests {
}
