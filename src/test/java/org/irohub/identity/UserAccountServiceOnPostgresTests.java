package org.irohub.identity;

import org.irohub.support.OnPostgres;

/** The same user account tests against a real PostgreSQL server. */
@OnPostgres
class UserAccountServiceOnPostgresTests extends UserAccountServiceTests {
}
