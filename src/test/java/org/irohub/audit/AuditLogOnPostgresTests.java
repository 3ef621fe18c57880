package org.irohub.audit;

import org.irohub.support.OnPostgres;

/** The same audit log tests against a real PostgreSQL server. */
@OnPostgres
class AuditLogOnPostgresTests extends AuditLogTests {
}
