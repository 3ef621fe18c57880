package org.irohub.identity;

/**
 * Something that happened to a user account or a sign-in, published inside the transaction that caused it
 * so the audit module records it in that same transaction.
 *
 * @param action  what happened, for example {@code USER_CREATED} or {@code SIGN_IN}
 * @param userId  the account concerned, or null when the name typed at sign-in matches no account
 * @param actor   who acted when nobody is signed in yet (the name typed at sign-in); null means the signed-in user
 * @param success whether it succeeded
 * @param detail  what changed or why it failed; never a password
 */
public record AccountEvent(String action, Long userId, String actor, boolean success, String detail) {

    public static final String RECORD_TYPE = "UserAccount";

    static AccountEvent changed(String action, Long userId, String detail) {
        return new AccountEvent(action, userId, null, true, detail);
    }
}
