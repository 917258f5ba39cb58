package uk.beacon.identity;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * What makes a password acceptable. Following the NCSC's advice, length matters, not
 * character classes: at least 12 characters, and not the username. And, as OWASP ASVS
 * 2.1.7 asks, not one that people guessing passwords try first: a password on the list of
 * the most common ones shipped with Beacon ({@link CommonPasswords}), or one of those
 * with only digits and symbols added before or after it ({@code password1234},
 * {@code 2024sunshine!}); nor a few characters repeated ({@code aaaaaaaaaaaa},
 * {@code abcabcabcabc}) or a run of digits or letters up or down ({@code 123456789012},
 * {@code lkjihgfedcba}). Checked in lower case, so capitals make no difference.
 */
final class PasswordPolicy {

	static final int MINIMUM_LENGTH = 12;

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** The orders a run of characters follows, each going round from its end. */
	private static final String[] CYCLES = { "0123456789", "abcdefghijklmnopqrstuvwxyz" };

	/** What a refusal of a guessable password suggests instead. */
	private static final String ADVICE = "Choose another: three or four random words make a strong password "
			+ "that is easy to remember.";

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
		String lower = password.toLowerCase(Locale.ROOT);
		if (lower.contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("Choose a password that does not contain your username");
		}
		if (repeated(lower) || run(lower)) {
			return Optional.of("This password is a few characters repeated, or a run such as 123456789012 or "
					+ "abcdefghijkl, which is among the first things anyone guessing passwords tries. " + ADVICE);
		}
		if (common(lower)) {
			return Optional.of("This password is one of the most commonly used passwords (or one of them with only "
					+ "digits or symbols added), which are the first that anyone guessing passwords tries. " + ADVICE);
		}
		return Optional.empty();
	}

	/** The same characters over and over: {@code aaaaaaaaaaaa}, {@code abcabcabcabc}. */
	static boolean repeated(String password) {
		int length = password.length();
		for (int unit = 1; unit <= length / 2; unit++) {
			if (length % unit == 0 && password.equals(password.substring(0, unit).repeat(length / unit))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Digits or letters each one up, or each one down, from the one before, going round
	 * from 9 to 0 and z to a: {@code 123456789012}, {@code 987654321098},
	 * {@code uvwxyzabcdef}.
	 */
	static boolean run(String password) {
		if (password.length() < 3) {
			return false;
		}
		int step = stepBetween(password.charAt(0), password.charAt(1));
		if (step == 0) {
			return false;
		}
		for (int i = 2; i < password.length(); i++) {
			if (stepBetween(password.charAt(i - 1), password.charAt(i)) != step) {
				return false;
			}
		}
		return true;
	}

	/** +1 or -1 when b follows or precedes a among the digits or letters, else 0. */
	private static int stepBetween(char a, char b) {
		for (String cycle : CYCLES) {
			int from = cycle.indexOf(a);
			int to = cycle.indexOf(b);
			if (from >= 0 && to >= 0) {
				if (to == (from + 1) % cycle.length()) {
					return 1;
				}
				if (from == (to + 1) % cycle.length()) {
					return -1;
				}
			}
		}
		return 0;
	}

	/**
	 * On the list of common passwords, or a password on it with only digits and symbols
	 * added before or after it. The part kept must hold every letter of the password, so
	 * that a password of letters is checked whole and one of digits only exactly.
	 */
	static boolean common(String password) {
		if (CommonPasswords.contains(password)) {
			return true;
		}
		int firstLetter = 0;
		while (firstLetter < password.length() && !Character.isLetter(password.charAt(firstLetter))) {
			firstLetter++;
		}
		if (firstLetter == password.length()) {
			return false;
		}
		int afterLastLetter = password.length();
		while (!Character.isLetter(password.charAt(afterLastLetter - 1))) {
			afterLastLetter--;
		}
		for (int start = 0; start <= firstLetter; start++) {
			for (int end = afterLastLetter; end <= password.length(); end++) {
				if (CommonPasswords.contains(password.substring(start, end))) {
					return true;
				}
			}
		}
		return false;
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
