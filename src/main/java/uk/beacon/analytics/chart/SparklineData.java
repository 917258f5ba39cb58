package uk.beacon.analytics.chart;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * What a sparkline shows: an indicator's recent values against its target, small enough
 * for a line of a scorecard.
 *
 * @param title the indicator, as the sparkline's title
 * @param periodsCalled what the periods are, in the plural, for the text alternative:
 * "quarters", "months"
 * @param periodLabels the council's labels for the periods, oldest first
 * @param values the indicator's value in each period, {@code null} where none was
 * reported
 * @param targets the target in each period, {@code null} where there is none;
 * {@code null} for no target at all
 * @param format writes a value in the indicator's unit, for example {@code v -> "84%"}
 */
public record SparklineData(String title, String periodsCalled, List<String> periodLabels, List<Double> values,
		List<Double> targets, DoubleFunction<String> format) {

	public SparklineData {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(periodsCalled, "periodsCalled");
		Objects.requireNonNull(format, "format");
		periodLabels = Inputs.periodLabels(periodLabels);
		values = Inputs.gappedValues(values, "The values of " + title);
		Inputs.requirePerPeriod(values, periodLabels, "The values of " + title);
		targets = (targets != null) ? Inputs.gappedValues(targets, "The targets of " + title) : null;
		Inputs.requirePerPeriod(targets, periodLabels, "The targets of " + title);
	}

	boolean hasTarget() {
		return this.targets != null && this.targets.stream().anyMatch(Objects::nonNull);
	}

}
