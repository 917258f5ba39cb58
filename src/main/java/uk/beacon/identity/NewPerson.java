package uk.beacon.identity;

/**
 * Someone an administrator adds: they sign in with the username and a temporary password.
 *
 * @param username what they will sign in with
 * @param displayName their name as pages and the audit trail show it
 * @param email their work e-mail, how indicators name their owner, or {@code null}
 */
public record NewPerson(String username, String displayName, String email) {

}
