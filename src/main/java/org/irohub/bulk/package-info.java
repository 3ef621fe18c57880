/**
 * Writing many rows at once, for the modules that load records in bulk (the CIN census import): batched inserts
 * that hand back each row's id, taking the ids from the table's own sequence on PostgreSQL so that the rows can
 * go to the server as one COPY instead of one statement per row, and PostgreSQL's planner statistics kept in step
 * with the loading transaction as its tables grow. Holds no data of its own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.irohub.bulk;
