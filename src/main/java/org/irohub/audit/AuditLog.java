package org.irohub.audit;

/**
 * Records an audit entry in the caller's transaction (or its own, where there is none). The actor is the
 * signed-in user, the channel is worked out from the current request.
 */
public interface AuditLog {

    void record(AuditEvent event);

    /** For events before anyone is signed in, such as a failed sign-in, where the actor is the name typed. */
    void recordAs(String actor, AuditEvent event);

    /**
     * Records a refusal (access denied, a rule broken) so that it stays recorded even when the caller's
     * transaction then rolls back because of it: if the transaction does not commit, the entry is written
     * again in a transaction of its own after the rollback.
     */
    void recordRefusal(AuditEvent event);
}
