package org.irohub.staff.internal;

import org.irohub.support.OnPostgres;

/** The same venue tests against a real PostgreSQL server. */
@OnPostgres
class VenueServiceOnPostgresTests extends VenueServiceTests {
}
