package org.irohub.children.internal;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.audit.AuditOutcome;
import org.irohub.children.ChildId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audits a refused access to a child. A refusal is followed by an exception that usually rolls back the
 * transaction it happened in, which would take the audit entry with it; so the entry is written again in a
 * new transaction after a rollback. Not before: a new transaction while the first still holds the audit
 * chain lock would wait for itself.
 */
@Component
class DeniedAccessAudit {

    private final AuditLog auditLog;
    private final TransactionTemplate newTransaction;

    DeniedAccessAudit(AuditLog auditLog, PlatformTransactionManager transactions) {
        this.auditLog = auditLog;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void record(String action, ChildId child, String reason) {
        AuditEvent event = new AuditEvent(action, ChildRecords.RECORD_TYPE, child.toString(), AuditOutcome.DENIED,
                reason);
        auditLog.record(event);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_ROLLED_BACK) {
                        newTransaction.executeWithoutResult(s -> auditLog.record(event));
                    }
                }
            });
        }
    }
}
