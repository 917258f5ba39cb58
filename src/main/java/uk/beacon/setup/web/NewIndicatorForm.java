package uk.beacon.setup.web;

import java.util.List;
import java.util.Locale;

import org.springframework.validation.BindingResult;

import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.Unit;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.web.FormErrors;
import uk.beacon.web.FormFields;

/**
 * A new indicator with every field of its definition, as an officer types it: what the
 * import's indicators.csv holds, with the same rules.
 *
 * @param unit the code of the organisation unit that owns it
 * @param measure the unit its values are in ({@link Unit} code: percent, days …)
 * @param comparison blank for the usual one for its frequency and accumulation
 */
record NewIndicatorForm(String code, String title, String definition, String unit, String measure, String decimalPlaces,
		String polarity, String frequency, String accumulation, String arrearsMonths, String comparison,
		String ownerName, String ownerEmail, String dataSource, String isPublic, String note) {

	static final int SHORT = 300;

	static final int LONG = 4000;

	static NewIndicatorForm blank(String unit) {
		return new NewIndicatorForm(null, null, null, unit, null, "0", null, "QUARTERLY", "SNAPSHOT", "0", null, null,
				null, null, "yes", null);
	}

	/**
	 * @param units the units, one of which the indicator belongs to
	 * @return the definition, or {@code null} with each mistake beside its field
	 */
	Indicator indicator(List<OrganisationUnit> units, BindingResult errors) {
		// in the order the page asks, so that the summary reads as the page does
		OrganisationUnit owner = units.stream().filter(u -> u.code().equals(this.unit)).findFirst().orElse(null);
		if (owner == null) {
			FormErrors.reject(errors, "unit", "Choose the part of the council the indicator belongs to");
		}
		String coded = Codes.read(this.code);
		if (coded == null) {
			FormErrors.reject(errors, "code", Codes.RULE);
		}
		String titled = text(this.title, "title", "The title", SHORT, false, errors);
		if (titled == null && !errors.hasFieldErrors("title")) {
			FormErrors.reject(errors, "title", "Enter the title as the council prints it");
		}
		String defined = text(this.definition, "definition", "The definition", LONG, true, errors);
		uk.beacon.indicator.Measure measured = new uk.beacon.indicator.TypedMeasure(this.measure, this.decimalPlaces,
				this.polarity, this.frequency, this.accumulation, this.arrearsMonths, this.comparison)
			.read(defined, errors);
		String owned = text(this.ownerName, "ownerName", "The owner's name", SHORT, false, errors);
		String email = text(this.ownerEmail, "ownerEmail", "The owner's e-mail address", 254, false, errors);
		if (email != null && !uk.beacon.mail.MailAddress.isValid(email)) {
			FormErrors.reject(errors, "ownerEmail",
					"Enter the owner's e-mail address in full, like name@council.gov.uk");
		}
		String source = text(this.dataSource, "dataSource", "The data source", SHORT, false, errors);
		String noted = text(this.note, "note", "The note", LONG, true, errors);
		if (!"yes".equals(this.isPublic) && !"no".equals(this.isPublic)) {
			FormErrors.reject(errors, "isPublic", "Say whether residents may see it");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return measured.applyTo(new Indicator(null, coded, titled, defined, owner.id(), measured.unit(), 0,
				measured.polarity(), measured.frequency(), measured.accumulation(), 0, measured.comparison(), owned,
				(email != null) ? email.toLowerCase(Locale.ROOT) : null, source, "yes".equals(this.isPublic), noted,
				0));
	}

	private static String text(String typed, String field, String what, int most, boolean lines, BindingResult errors) {
		return FormFields.text(typed, field, what, most, lines, errors);
	}

}
