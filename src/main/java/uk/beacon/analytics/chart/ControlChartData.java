package uk.beacon.analytics.chart;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * What a statistical process control chart shows: the values, their mean and control
 * limits, and which points are special cause variation.
 *
 * @param title the indicator, as the chart's title
 * @param periodLabels the council's labels for the periods, oldest first
 * @param values one value per period, {@code null} where there is none
 * @param mean the centre line
 * @param upperLimit the upper control limit
 * @param lowerLimit the lower control limit
 * @param specialCause per point, whether it is special cause variation
 * @param improvement per point: {@code true} an improvement, {@code false} a concern,
 * {@code null} neither or common cause
 * @param target the target, or {@code null} for none
 * @param baselinePoints how many points, from the first, the mean and limits were
 * calculated from; {@code null} for all of them
 * @param format writes a value in the indicator's unit, for example {@code v -> "84%"}
 */
public record ControlChartData(String title, List<String> periodLabels, List<Double> values, double mean,
		double upperLimit, double lowerLimit, List<Boolean> specialCause, List<Boolean> improvement, Double target,
		Integer baselinePoints, DoubleFunction<String> format) {

	public ControlChartData {
		Objects.requireNonNull(title, "title");
		periodLabels = Inputs.periodLabels(periodLabels);
		values = Inputs.gappedValues(values, "The values");
		specialCause = Inputs.gappedList(specialCause, "specialCause");
		improvement = Inputs.gappedList(improvement, "improvement");
		Objects.requireNonNull(format, "format");
		Inputs.requirePerPeriod(values, periodLabels, "The list of values");
		Inputs.requirePerPeriod(specialCause, periodLabels, "The list of special causes");
		Inputs.requirePerPeriod(improvement, periodLabels, "The list of improvements and concerns");
		if (!Double.isFinite(mean) || !Double.isFinite(upperLimit) || !Double.isFinite(lowerLimit)) {
			throw new IllegalArgumentException("The mean and control limits must be numbers");
		}
		if (lowerLimit > mean || mean > upperLimit) {
			throw new IllegalArgumentException("The mean (" + mean + ") must lie between the lower limit (" + lowerLimit
					+ ") and the upper limit (" + upperLimit + ")");
		}
		if (target != null && !Double.isFinite(target)) {
			throw new IllegalArgumentException("The target must be a number, not " + target);
		}
		if (baselinePoints != null && (baselinePoints < 1 || baselinePoints > periodLabels.size())) {
			throw new IllegalArgumentException(
					"The baseline must be between 1 and " + periodLabels.size() + " points, not " + baselinePoints);
		}
	}

	PointKind kindOf(int period) {
		if (!Boolean.TRUE.equals(this.specialCause.get(period))) {
			return PointKind.COMMON_CAUSE;
		}
		Boolean better = this.improvement.get(period);
		if (better == null) {
			return PointKind.SPECIAL_CAUSE;
		}
		return better ? PointKind.IMPROVEMENT : PointKind.CONCERN;
	}

}
