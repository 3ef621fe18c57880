package org.irohub.protection.participation.web;

import org.irohub.support.OnPostgres;

/** The same participation API tests, with their audit rows, on a real PostgreSQL server. */
@OnPostgres
class ParticipationApiOnPostgresTests extends ParticipationApiTests {
}
