package uk.beacon.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The digest a form carries of what it changes, so that saving can tell whether someone
 * else changed it since the page was opened ({@link StaleChange}).
 */
public final class Fingerprint {

	private Fingerprint() {
	}

	/**
	 * @param canonical the setting written out so that two different settings never read
	 * the same (each word prefixed by its length)
	 */
	public static String of(String canonical) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

	/** "5:Minor". */
	public static String word(String word) {
		return word.length() + ":" + word;
	}

}
