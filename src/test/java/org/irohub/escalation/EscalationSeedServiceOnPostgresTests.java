package org.irohub.escalation;

import org.irohub.support.OnPostgres;

/** The seed's table 8.3 through the service on a real PostgreSQL server. */
@OnPostgres
class EscalationSeedServiceOnPostgresTests extends EscalationSeedServiceTests {
}
