package org.irohub.escalation;

public enum EscalationStatus {
    OPEN, RESOLVED, WITHDRAWN
}
