package org.irohub.interchange;

/** Where an import is: running, done, or refused (in which case it wrote nothing). */
public enum ImportStatus {
    RUNNING, COMPLETED, FAILED
}
