package org.irohub.identity;

/** A refused change to a user account, naming the form field at fault so the page can point to it. */
public class UserAccountException extends RuntimeException {

    private final String field;

    public UserAccountException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
