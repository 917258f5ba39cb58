package uk.beacon.setup.web;

import java.util.regex.Pattern;

/**
 * The codes a council gives its units, indicators and scorecards ("WCC-CFC", "CFC-05"):
 * letters, digits, full stops, hyphens and underscores, as an address and a spreadsheet
 * both take them.
 */
final class Codes {

	static final String RULE = "Enter a code of 1 to 40 letters, digits, full stops, hyphens or underscores, "
			+ "starting with a letter or digit, like WCC-CFC-05";

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

	private Codes() {
	}

	/** The code as typed, without spaces around; {@code null} when it is not one. */
	static String read(String typed) {
		String code = (typed != null) ? typed.strip() : "";
		return CODE.matcher(code).matches() ? code : null;
	}

}
