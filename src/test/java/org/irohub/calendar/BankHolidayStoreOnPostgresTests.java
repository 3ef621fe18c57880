package org.irohub.calendar;

import org.irohub.support.OnPostgres;

@OnPostgres
class BankHolidayStoreOnPostgresTests extends BankHolidayStoreTests {
}
