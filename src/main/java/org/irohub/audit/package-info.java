/**
 * Audit: the append-only, hash-chained record of who read or changed what, when, through which channel and
 * with what outcome. Other modules call {@link org.irohub.audit.AuditLog} inside their own transaction, so an
 * entry exists exactly when the change it records does. Identity does not call the audit log (audit depends
 * on identity for roles); it publishes account events that the audit module records synchronously, in the
 * same transaction.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity" })
package org.irohub.audit;
