package uk.beacon.mail;

import java.util.regex.Pattern;

/**
 * Whether an e-mail address someone typed is one Beacon can send to: a name, an @, and a
 * domain with a dot, none holding a space, a control character or the separators that
 * would make it two addresses or markup ({@code , ; < >}).
 */
public final class MailAddress {

	/** The longest address a mail server takes. */
	public static final int MOST_CHARACTERS = 254;

	private static final Pattern ADDRESS = Pattern.compile(
			"[^@\\s\\p{Cntrl},;<>]+@[^@\\s\\p{Cntrl},;<>]+\\.[^@\\s\\p{Cntrl},;<>.]+", Pattern.UNICODE_CHARACTER_CLASS);

	private MailAddress() {
	}

	public static boolean isValid(String address) {
		return address != null && address.length() <= MOST_CHARACTERS && ADDRESS.matcher(address).matches();
	}

}
