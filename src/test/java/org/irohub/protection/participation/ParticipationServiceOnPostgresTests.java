package org.irohub.protection.participation;

import org.irohub.support.OnPostgres;

/** The same participation use cases and audit rows on a real PostgreSQL server. */
@OnPostgres
class ParticipationServiceOnPostgresTests extends ParticipationServiceTests {
}
