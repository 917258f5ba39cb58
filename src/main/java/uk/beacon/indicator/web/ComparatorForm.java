package uk.beacon.indicator.web;

import java.math.BigDecimal;

import org.springframework.validation.BindingResult;

import uk.beacon.indicator.ComparatorValue;
import uk.beacon.period.Period;
import uk.beacon.period.PeriodParseException;
import uk.beacon.period.Periods;
import uk.beacon.web.FormErrors;
import uk.beacon.web.TypedNumber;

/**
 * A member's value in a comparator group as a performance officer types it, checked as
 * comparator-values.csv is.
 *
 * @param group the group's code, e.g. CIPFA-NN
 * @param groupName the group's name, e.g. CIPFA nearest neighbours
 * @param period the period the value measures, e.g. 2024/25
 * @param member the member council's name
 * @param value its value, in the indicator's unit
 * @param isCouncil "yes" when the member is the council itself
 * @param source where the value comes from
 * @param seen the value held when the page was opened, empty for a new one
 */
record ComparatorForm(String group, String groupName, String period, String member, String value, String isCouncil,
		String source, String seen) {

	static ComparatorForm blank() {
		return new ComparatorForm(null, null, null, null, null, null, null, null);
	}

	static ComparatorForm of(ComparatorValue v) {
		String figure = v.value().stripTrailingZeros().toPlainString();
		return new ComparatorForm(v.groupCode(), v.groupName(), v.dataPeriod().label(), v.member(), figure,
				v.isCouncil() ? "yes" : null, v.source(), figure);
	}

	/** The value held when the page was opened, {@code null} for a new one. */
	BigDecimal seenValue() {
		if (this.seen == null || this.seen.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(this.seen.strip());
		}
		catch (NumberFormatException ex) {
			throw new uk.beacon.access.StaleChange("The page did not say which value it was opened with, so nothing "
					+ "was saved: reload it and try again.");
		}
	}

	/**
	 * @return the value, or {@code null} with each mistake beside its field
	 */
	ComparatorValue value(long indicatorId, BindingResult errors) {
		String code = text(this.group, "group", "the group's code, like CIPFA-NN", 40, errors);
		String name = text(this.groupName, "groupName", "the group's name, like CIPFA nearest neighbours", 200, errors);
		Period measured = null;
		if (this.period == null || this.period.isBlank()) {
			FormErrors.reject(errors, "period", "Enter the period the value measures, like 2024/25");
		}
		else {
			try {
				measured = Periods.parse(this.period.strip());
			}
			catch (PeriodParseException ex) {
				FormErrors.reject(errors, "period", ex.getMessage());
			}
		}
		String who = text(this.member, "member", "the member council's name", 200, errors);
		BigDecimal figure = null;
		if (this.value == null || this.value.isBlank()) {
			FormErrors.reject(errors, "value", "Enter the member's value");
		}
		else {
			try {
				figure = TypedNumber.readFigure(this.value, "the member's value");
			}
			catch (IllegalArgumentException ex) {
				FormErrors.reject(errors, "value", ex.getMessage());
			}
		}
		String from = (this.source != null && !this.source.isBlank()) ? this.source.strip() : null;
		if (from != null && from.length() > 500) {
			FormErrors.reject(errors, "source", "Keep the source to 500 characters");
		}
		if (errors.hasErrors() || code == null || name == null || measured == null || who == null || figure == null) {
			return null;
		}
		return new ComparatorValue(code, name, indicatorId, measured, who, "yes".equals(this.isCouncil), figure, from);
	}

	private static String text(String typed, String field, String what, int longest, BindingResult errors) {
		if (typed == null || typed.isBlank()) {
			FormErrors.reject(errors, field, "Enter " + what);
			return null;
		}
		if (typed.strip().length() > longest) {
			FormErrors.reject(errors, field, "Keep it to " + longest + " characters");
			return null;
		}
		return typed.strip();
	}

}
