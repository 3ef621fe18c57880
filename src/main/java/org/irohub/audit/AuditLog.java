package org.irohub.audit;

/**
 * Records an audit entry in the caller's transaction (or its own, where there is none). The actor is the
 * signed-in user, the channel is worked out from the current request.
 */
public interface AuditLog {

    void record(AuditEvent event);

    /** For events before anyone is signed in, such as a failed sign-in, where the actor is the name typed. */
    void recordAs(String actor, AuditEvent event);
}
