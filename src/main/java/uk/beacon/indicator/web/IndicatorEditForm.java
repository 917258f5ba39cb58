package uk.beacon.indicator.web;

import org.springframework.validation.BindingResult;

import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorDescription;
import uk.beacon.mail.MailAddress;
import uk.beacon.web.FormErrors;
import uk.beacon.web.FormFields;

/**
 * An indicator's words as a performance officer corrects them, kept as typed when the
 * form comes back with a mistake.
 *
 * @param title as the council prints it
 * @param definition what is measured and how
 * @param ownerName the officer who owns the figure
 * @param ownerEmail their e-mail address
 * @param dataSource where the figure comes from
 * @param isPublic "yes" when residents may see it
 * @param note decisions and caveats on record, for officers only
 * @param publicNote what residents should read about it
 * @param version the indicator's version when the page was opened
 */
record IndicatorEditForm(String title, String definition, String ownerName, String ownerEmail, String dataSource,
		String isPublic, String note, String publicNote, String version) {

	static final int SHORT = 300;

	static final int LONG = 4000;

	static IndicatorEditForm of(Indicator indicator) {
		return new IndicatorEditForm(indicator.title(), indicator.definition(), indicator.ownerName(),
				indicator.ownerEmail(), indicator.dataSource(), indicator.isPublic() ? "yes" : "no", indicator.note(),
				indicator.publicNote(), Integer.toString(indicator.version()));
	}

	/**
	 * @return the description, or {@code null} when anything is wrong, each mistake
	 * beside its field
	 */
	IndicatorDescription description(String code, BindingResult errors) {
		String title = text(this.title, "title", "The title", SHORT, false, errors);
		if (title == null && !errors.hasFieldErrors("title")) {
			FormErrors.reject(errors, "title", "Enter the title as the council prints it");
		}
		String definition = text(this.definition, "definition", "The definition", LONG, true, errors);
		String owner = text(this.ownerName, "ownerName", "The owner's name", SHORT, false, errors);
		String email = text(this.ownerEmail, "ownerEmail", "The owner's e-mail address", 254, false, errors);
		if (email != null && !MailAddress.isValid(email)) {
			FormErrors.reject(errors, "ownerEmail",
					"Enter the owner's e-mail address in full, like name@council.gov.uk");
		}
		String source = text(this.dataSource, "dataSource", "The data source", SHORT, false, errors);
		String note = text(this.note, "note", "The note", LONG, true, errors);
		String publicNote = text(this.publicNote, "publicNote", "The note for residents", LONG, true, errors);
		if (!"yes".equals(this.isPublic) && !"no".equals(this.isPublic)) {
			FormErrors.reject(errors, "isPublic", "Say whether residents may see the indicator");
		}
		Integer seen = seenVersion(this.version, errors);
		if (seen == null || errors.hasErrors()) {
			return null;
		}
		return new IndicatorDescription(code, seen, title, definition, owner, email, source,
				"yes".equals(this.isPublic), note, publicNote);
	}

	/**
	 * The indicator's version as the form's page showed it, which a change is checked
	 * against; {@code null}, said, when the form does not carry one.
	 */
	static Integer seenVersion(String typed, BindingResult errors) {
		try {
			return Integer.parseInt((typed != null) ? typed.strip() : "");
		}
		catch (NumberFormatException ex) {
			errors.reject("stale", "Open the indicator's page again: this form does not say what it changes.");
			return null;
		}
	}

	private static String text(String typed, String field, String what, int most, boolean lines, BindingResult errors) {
		return FormFields.text(typed, field, what, most, lines, errors);
	}

}
