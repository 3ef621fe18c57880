package org.irohub.escalation;

import org.irohub.support.OnPostgres;

/** Sibling-group escalations through the service on a real PostgreSQL server. */
@OnPostgres
class EscalationSiblingGroupServiceOnPostgresTests extends EscalationSiblingGroupServiceTests {
}
