package org.irohub.protection.web;

import org.irohub.support.OnPostgres;

/** The same child protection API walk against a real PostgreSQL server. */
@OnPostgres
class ProtectionApiOnPostgresTests extends ProtectionApiTests {
}
