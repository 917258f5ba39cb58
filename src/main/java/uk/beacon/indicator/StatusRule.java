package uk.beacon.indicator;

import java.util.Objects;

/**
 * The rule status of an indicator value: red, amber or green from its target, tolerance
 * and polarity, or one of the two grey states, always with a one-sentence explanation. An
 * officer may override it; the override lives beside this, never instead of it.
 */
public final class StatusRule {

	private StatusRule() {
	}

	public static StatusAssessment evaluate(StatusInput input) {
		Objects.requireNonNull(input, "input must not be null");
		if (input.value() == null) {
			return new StatusAssessment(Status.NO_DATA, "No data: nothing has been reported for this period.");
		}
		String shown = input.unit().format(input.value(), input.decimalPlaces());
		// a contextual measure is never rated, whatever target someone gave it
		if (input.polarity() == Polarity.NO_POLARITY) {
			return Wording.assessment(Status.NOT_RATED, shown + " is a contextual measure with no polarity");
		}
		Target target = input.target();
		if (target instanceof Target.None) {
			return Wording.assessment(Status.NOT_RATED, shown + " has no target");
		}
		if (target instanceof Target.Value value && input.yearFractionElapsed() != null) {
			return ProRating.yearToDate(input, value);
		}
		if (target instanceof Target.Value value) {
			return PointComparison.evaluate(input, value.value(),
					"the target of " + value.describe(input.unit(), input.decimalPlaces()));
		}
		if (target instanceof Target.Range range) {
			return RangeComparison.evaluate(input, range);
		}
		if (target instanceof Target.Profile profile) {
			return PointComparison.evaluate(input, profile.value(), "the " + profile.periodLabel() + " profile of "
					+ Wording.targetFigure(profile.value(), input.unit(), input.decimalPlaces()));
		}
		if (target instanceof Target.MultiYearTotal total) {
			return ProRating.multiYearTotal(input, total);
		}
		return quartile(input, (Target.Quartile) target);
	}

	/**
	 * The benchmark quartile already allows for polarity (quartile 1 is the best
	 * performers), so the tolerance is fixed: one quartile short is amber. A quartile
	 * worked out from a comparator group is named as such.
	 */
	private static StatusAssessment quartile(StatusInput input, Target.Quartile target) {
		String goal = "the target of " + target.describe(input.unit(), input.decimalPlaces());
		Integer actual = input.benchmarkQuartile();
		if (actual == null) {
			return Wording.assessment(Status.NOT_RATED, "no benchmark quartile is available to compare with " + goal);
		}
		String shown = input.unit().format(input.value(), input.decimalPlaces());
		String placed = (input.quartileSource() != null)
				? shown + " is in quartile " + actual + " of " + input.quartileSource() + ", "
				: shown + " is in benchmark quartile " + actual + ", ";
		int quartilesShort = actual - target.quartile();
		if (quartilesShort <= 0) {
			return Wording.assessment(Status.GREEN, placed + "meeting " + goal);
		}
		if (quartilesShort == 1) {
			return Wording.assessment(Status.AMBER, placed + "one quartile short of " + goal);
		}
		return Wording.assessment(Status.RED,
				placed + ((quartilesShort == 2) ? "two" : "three") + " quartiles short of " + goal);
	}

}
