package org.irohub.interchange;

import org.irohub.support.OnPostgres;

/**
 * Not part of the build: the same large import on the embedded PostgreSQL server:
 * {@code mvn -o test -Dtest=CensusImportPostgresBenchmark -DargLine=-Xmx256m -Dcensus.children=100000}.
 */
@OnPostgres
class CensusImportPostgresBenchmark extends CensusImportVolumeRun {
}
