package org.irohub.escalation.web;

import org.irohub.support.OnPostgres;

/** The seed's table 8.3 through the API on a real PostgreSQL server. */
@OnPostgres
class EscalationSeedQprOnPostgresTests extends EscalationSeedQprTests {
}
