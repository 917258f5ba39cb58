package uk.beacon.web;

import org.springframework.validation.BindingResult;

/**
 * Reads what a person typed into a form's fields, each mistake put beside its field in
 * words they can act on: text within its length and free of hidden characters, a whole
 * number within its range, one of a list of choices.
 */
public final class FormFields {

	private FormFields() {
	}

	/**
	 * @param what the field in words, "The title"
	 * @param lines whether line breaks are allowed
	 * @return the text without surrounding spaces, {@code null} when nothing was typed or
	 * it was refused
	 */
	public static String text(String typed, String field, String what, int most, boolean lines, BindingResult errors) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String text = typed.replace("\r\n", "\n").strip();
		if (TypedText.hasHiddenCharacters(text, lines)) {
			FormErrors.reject(errors, field, what + " has a control or text-direction character in it"
					+ (lines ? "" : ", or a line break") + "; type it again");
			return null;
		}
		if (text.length() > most) {
			FormErrors.reject(errors, field, what + " is " + text.length() + " characters; keep it to " + most);
			return null;
		}
		return text;
	}

	/**
	 * @param rule what to type, said when anything else was
	 * @return the number, {@code null} when refused
	 */
	public static Integer whole(String typed, int least, int most, String field, String rule, BindingResult errors) {
		try {
			int value = Integer.parseInt((typed != null) ? typed.strip() : "");
			if (value >= least && value <= most) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		FormErrors.reject(errors, field, rule);
		return null;
	}

	/**
	 * @param rule what to choose, said when nothing or something else was sent
	 * @return the constant named, {@code null} when refused
	 */
	public static <E extends Enum<E>> E choice(Class<E> type, String typed, String field, String rule,
			BindingResult errors) {
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(typed)) {
				return value;
			}
		}
		FormErrors.reject(errors, field, rule);
		return null;
	}

}
