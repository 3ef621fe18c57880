package org.irohub.escalation.web;

import org.irohub.support.OnPostgres;

/** Editing agencies and themes (V61's version column, boolean flags) on a real PostgreSQL server. */
@OnPostgres
class EscalationListsOnPostgresTests extends EscalationListsTests {
}
