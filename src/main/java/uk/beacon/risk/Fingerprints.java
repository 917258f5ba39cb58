package uk.beacon.risk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The digest a form carries of what it changes, so that saving can tell whether someone
 * else changed it since the page was opened.
 */
final class Fingerprints {

	private Fingerprints() {
	}

	/**
	 * @param canonical the setting written out so that two different settings never read
	 * the same (each word prefixed by its length)
	 */
	static String of(String canonical) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

	/** "5:Minor". */
	static String word(String word) {
		return word.length() + ":" + word;
	}

}
