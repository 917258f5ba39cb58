package uk.beacon.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The passwords seen most often in leaked password lists, shipped with Beacon
 * ({@code common-passwords.txt.gz}, from zxcvbn-ts: its source and licence are in
 * {@code README-common-passwords.md} beside it), so that nothing is fetched over the
 * network. Read once, the first time a password is checked, into a set of about 49,000
 * strings (under 3 MB of memory, read in a tenth of a second), and kept.
 */
final class CommonPasswords {

	private static final String LIST = "common-passwords.txt.gz";

	private CommonPasswords() {
	}

	/** Whether the password, in lower case, is on the list. */
	static boolean contains(String lowerCase) {
		return Loaded.PASSWORDS.contains(lowerCase);
	}

	static int size() {
		return Loaded.PASSWORDS.size();
	}

	/** Loaded by the JVM the first time it is used, once, whichever thread asks. */
	private static final class Loaded {

		static final Set<String> PASSWORDS = read();

	}

	private static Set<String> read() {
		InputStream resource = CommonPasswords.class.getResourceAsStream(LIST);
		if (resource == null) {
			throw new IllegalStateException(LIST + " is missing from the application: it should be beside "
					+ CommonPasswords.class.getName().replace('.', '/'));
		}
		Set<String> passwords = new HashSet<>(100_000);
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(new GZIPInputStream(resource), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (!line.isEmpty()) {
					passwords.add(line);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + LIST, ex);
		}
		return Set.copyOf(passwords);
	}

}
