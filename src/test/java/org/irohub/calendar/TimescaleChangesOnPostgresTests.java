package org.irohub.calendar;

import org.irohub.support.OnPostgres;

@OnPostgres
class TimescaleChangesOnPostgresTests extends TimescaleChangesTests {
}
