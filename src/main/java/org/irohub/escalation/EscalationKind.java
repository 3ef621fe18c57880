package org.irohub.escalation;

/** QPR for a child protection case, DRP for a looked-after child: one process with two names (seed 13.1). */
public enum EscalationKind {
    QPR, DRP
}
