package org.irohub.scheduling;

import org.irohub.support.OnPostgres;

/** The same tests against a real PostgreSQL server. */
@OnPostgres
class BookingChangesOnPostgresTests extends BookingChangesTests {
}
