package org.irohub.escalation.web;

import org.irohub.support.OnPostgres;

/** The same escalation API contract against a real PostgreSQL server. */
@OnPostgres
class EscalationApiOnPostgresTests extends EscalationApiTests {
}
