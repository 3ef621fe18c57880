package org.irohub.children.internal;

import org.irohub.support.OnPostgres;

/** The same sibling group tests against a real PostgreSQL server. */
@OnPostgres
class SiblingGroupServiceOnPostgresTests extends SiblingGroupServiceTests {
}
