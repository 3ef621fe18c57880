package org.irohub.escalation;

/** Who a stage is with: a name, their role and their agency (any may be unknown when the stage opens). */
public record StageContact(String name, String role, String agency) {

    public static final StageContact UNKNOWN = new StageContact(null, null, null);
}
