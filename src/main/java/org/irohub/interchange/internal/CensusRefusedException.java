package org.irohub.interchange.internal;

/** The file is not one IRO Hub will import; the message says why in words an administrator can act on. */
public class CensusRefusedException extends RuntimeException {

    public CensusRefusedException(String message) {
        super(message);
    }

    public CensusRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
