package uk.beacon.web;

/**
 * Words as a person types them into a form. Control characters, and the characters that
 * reverse or isolate the direction of the text around them (which can make a title read
 * as something else), are not words anyone types.
 */
public final class TypedText {

	private TypedText() {
	}

	/**
	 * Whether the text holds a character no one types: a control character (line breaks
	 * and tabs aside, where lines are allowed) or a bidirectional override or isolate.
	 */
	public static boolean hasHiddenCharacters(String text, boolean lines) {
		return text.codePoints()
			.anyMatch(c -> (Character.isISOControl(c) && !(lines && (c == '\n' || c == '\r' || c == '\t')))
					|| (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
	}

}
