package uk.beacon.indicator.web;

import org.springframework.validation.BindingResult;

import uk.beacon.access.ChangeRejected;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.Measure;
import uk.beacon.indicator.Redefinition;
import uk.beacon.indicator.TypedMeasure;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.web.FormErrors;
import uk.beacon.web.FormFields;

/**
 * A change to how an indicator is measured and rated, as a performance officer types it:
 * the definition's words and rating fields, whether it is a new definition from a quarter
 * or a correction of the one in use, and why.
 *
 * @param applies {@code from} for a new definition from {@code from}, {@code correct} to
 * correct the definition in use
 * @param from the first quarter of a new definition, like Q1 2026/27
 * @param version the indicator's version when the page was opened
 */
record DefinitionForm(String definition, String measure, String decimalPlaces, String polarity, String frequency,
		String accumulation, String arrearsMonths, String comparison, String applies, String from, String reason,
		String version) {

	static DefinitionForm of(Indicator indicator) {
		TypedMeasure typed = TypedMeasure.of(Measure.of(indicator));
		return new DefinitionForm(indicator.definition(), typed.measure(), typed.decimalPlaces(), typed.polarity(),
				typed.frequency(), typed.accumulation(), typed.arrearsMonths(), typed.comparison(), null, null, null,
				Integer.toString(indicator.version()));
	}

	/** The same form, as the indicator now stands, with the person's choices kept. */
	DefinitionForm seenAt(int indicatorVersion) {
		return new DefinitionForm(this.definition, this.measure, this.decimalPlaces, this.polarity, this.frequency,
				this.accumulation, this.arrearsMonths, this.comparison, this.applies, this.from, this.reason,
				Integer.toString(indicatorVersion));
	}

	/**
	 * @return the change, or {@code null} with each mistake beside its field
	 */
	Redefinition redefinition(String code, BindingResult errors) {
		String words = FormFields.text(this.definition, "definition", "The definition", IndicatorEditForm.LONG, true,
				errors);
		Measure measured = new TypedMeasure(this.measure, this.decimalPlaces, this.polarity, this.frequency,
				this.accumulation, this.arrearsMonths, this.comparison)
			.read(words, errors);
		FinancialQuarter first = null;
		if ("from".equals(this.applies)) {
			try {
				first = TypedQuarter.read(this.from);
				if (first == null) {
					FormErrors.reject(errors, "from",
							"Enter the first quarter the new definition applies to, like " + "Q1 2026/27");
				}
			}
			catch (ChangeRejected ex) {
				FormErrors.reject(errors, "from", ex.getMessage());
			}
		}
		else if (!"correct".equals(this.applies)) {
			FormErrors.reject(errors, "applies",
					"Say whether this is a new definition from a quarter or a correction of the one in use");
		}
		String why = FormFields.text(this.reason, "reason", "The reason", 2000, true, errors);
		if (why == null && !errors.hasFieldErrors("reason")) {
			FormErrors.reject(errors, "reason", "Say why the definition changes");
		}
		Integer seen = IndicatorEditForm.seenVersion(this.version, errors);
		if (seen == null || errors.hasErrors()) {
			return null;
		}
		return new Redefinition(code, seen, first, measured, why);
	}

}
