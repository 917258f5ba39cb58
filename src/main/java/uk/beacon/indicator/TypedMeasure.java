package uk.beacon.indicator;

import java.util.List;

import org.springframework.validation.BindingResult;

import uk.beacon.web.FormErrors;
import uk.beacon.web.FormFields;

/**
 * How an indicator is measured, as typed into a form: when it is added, and when its
 * definition changes. One reading, so that both pages accept and refuse the same things
 * in the same words, as {@code indicators.csv} does.
 *
 * @param measure the unit its values are in ({@link Unit} code: percent, days …)
 * @param comparison blank for the usual one for its frequency and accumulation
 */
public record TypedMeasure(String measure, String decimalPlaces, String polarity, String frequency, String accumulation,
		String arrearsMonths, String comparison) {

	public static TypedMeasure of(Measure measure) {
		return new TypedMeasure(measure.unit().code(), Integer.toString(measure.decimalPlaces()),
				measure.polarity().name(), measure.frequency().name(), measure.accumulation().name(),
				Integer.toString(measure.arrearsMonths()), measure.comparison().name());
	}

	/**
	 * @param definition what is measured and how, already read
	 * @return the measure, or {@code null} with each mistake beside its field
	 */
	public Measure read(String definition, BindingResult errors) {
		Unit unit = List.of(Unit.values()).stream().filter(u -> u.code().equals(this.measure)).findFirst().orElse(null);
		if (unit == null) {
			FormErrors.reject(errors, "measure", "Choose what its figures are in");
		}
		Integer places = FormFields.whole(this.decimalPlaces, 0, 6, "decimalPlaces",
				"Enter the decimal places shown, 0 to 6", errors);
		Polarity better = FormFields.choice(Polarity.class, this.polarity, "polarity", "Choose which way is better",
				errors);
		Frequency often = FormFields.choice(Frequency.class, this.frequency, "frequency",
				"Choose how often it is measured", errors);
		Accumulation summed = FormFields.choice(Accumulation.class, this.accumulation, "accumulation",
				"Choose whether each figure stands alone or is the year's total so far", errors);
		Integer arrears = FormFields.whole(this.arrearsMonths, 0, 24, "arrearsMonths",
				"Enter how many months in arrears it is reported, 0 to 24", errors);
		Comparison compared = (this.comparison == null || this.comparison.isBlank()) ? null
				: FormFields.choice(Comparison.class, this.comparison, "comparison",
						"Choose what the direction of travel compares with", errors);
		if (unit == null || places == null || better == null || often == null || summed == null || arrears == null
				|| (compared == null && this.comparison != null && !this.comparison.isBlank())) {
			return null;
		}
		return new Measure(definition, unit, places, better, often, summed, arrears,
				(compared != null) ? compared : Comparison.defaultFor(often, summed));
	}

}
