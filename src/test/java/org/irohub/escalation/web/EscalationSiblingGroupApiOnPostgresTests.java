package org.irohub.escalation.web;

import org.irohub.support.OnPostgres;

/** Sibling-group escalations through the API on a real PostgreSQL server. */
@OnPostgres
class EscalationSiblingGroupApiOnPostgresTests extends EscalationSiblingGroupApiTests {
}
