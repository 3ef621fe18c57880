/**
 * Writing many rows at once, for the modules that load records in bulk (the CIN census import): batched inserts
 * that hand back each row's id, taking the ids from the table's own sequence on PostgreSQL so that a batch goes
 * to the server as a few multi-row statements instead of one statement per row, and PostgreSQL's planner
 * statistics brought up to date within the loading transaction. Holds no data of its own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.irohub.bulk;
