package org.irohub.audit;

import org.irohub.identity.AccountEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records sign-ins and user and role changes, synchronously, in the transaction that made them. */
@Component
class IdentityAuditListener {

    private final AuditLog audit;

    IdentityAuditListener(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AccountEvent event) {
        AuditEvent entry = new AuditEvent(event.action(), AccountEvent.RECORD_TYPE,
                event.userId() == null ? null : event.userId().toString(),
                event.success() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE, event.detail());
        if (event.actor() != null) {
            audit.recordAs(event.actor(), entry);
        }
        else {
            audit.record(entry);
        }
    }
}
