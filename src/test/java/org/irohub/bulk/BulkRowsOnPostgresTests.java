package org.irohub.bulk;

import org.irohub.support.OnPostgres;

@OnPostgres
class BulkRowsOnPostgresTests extends BulkRowsTests {
}
