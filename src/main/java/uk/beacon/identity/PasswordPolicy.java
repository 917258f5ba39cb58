package uk.beacon.identity;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * What makes a password acceptable. Following the NCSC's advice, length matters, not
 * character classes: at least 12 characters, and not the username.
 */
final class PasswordPolicy {

	static final int MINIMUM_LENGTH = 12;

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private PasswordPolicy() {
	}

	/** Why the password is refused, or empty when it is acceptable. */
	static Optional<String> problem(String username, String password) {
		if (password == null || password.length() < MINIMUM_LENGTH) {
			return Optional.of("Enter a password of at least " + MINIMUM_LENGTH + " characters");
		}
		if (password.length() > 128) {
			return Optional.of("Enter a password of at most 128 characters");
		}
		if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("Choose a password that does not contain your username");
		}
		return Optional.empty();
	}

	/**
	 * A random password of 20 characters, without characters that are easily confused.
	 */
	static String generate() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
