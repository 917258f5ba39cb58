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
					|| (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || (c >= 0xD800 && c <= 0xDFFF));
	}

	/**
	 * Refuses text that holds a character no one types, line breaks and tabs allowed:
	 * what every form and every API body is held to before any field's own rules (a lone
	 * half of a surrogate pair, which cannot be stored, among them).
	 * @throws HiddenCharacters saying so
	 */
	public static String refuseHidden(String text) {
		if (text != null && hasHiddenCharacters(text, true)) {
			throw new HiddenCharacters();
		}
		return text;
	}

	/** The text with every character no one types taken out (line breaks kept). */
	public static String withoutHidden(String text) {
		StringBuilder kept = new StringBuilder();
		text.codePoints()
			.filter(c -> !hasHiddenCharacters(new String(Character.toChars(c)), true))
			.forEach(kept::appendCodePoint);
		return kept.toString();
	}

	/** Text with a character no one types in it. */
	public static final class HiddenCharacters extends IllegalArgumentException {

		HiddenCharacters() {
			super("It has a control or text-direction character in it (or one that is broken); type it again");
		}

	}

}
