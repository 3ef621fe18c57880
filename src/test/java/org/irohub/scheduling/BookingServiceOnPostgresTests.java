package org.irohub.scheduling;

import org.irohub.support.OnPostgres;

/** The same booking tests against a real PostgreSQL server. */
@OnPostgres
class BookingServiceOnPostgresTests extends BookingServiceTests {
}
