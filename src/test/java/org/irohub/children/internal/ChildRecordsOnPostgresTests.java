package org.irohub.children.internal;

import org.irohub.support.OnPostgres;

/** The same child record tests against a real PostgreSQL server. */
@OnPostgres
class ChildRecordsOnPostgresTests extends ChildRecordsTests {
}
