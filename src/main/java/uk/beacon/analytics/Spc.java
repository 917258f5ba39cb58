package uk.beacon.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Statistical process control as NHS England's Making Data Count programme does it: an
 * XmR chart with process limits at the mean plus and minus 2.66 average moving ranges,
 * four special-cause rules, and the variation and assurance icons for the latest point.
 * The rules, and every choice where the sources differ, are in {@code docs/spc.md}.
 */
public final class Spc {

	private Spc() {
	}

	/**
	 * Analyses a series of values.
	 * @param values in time order, equally spaced, with no gaps: the caller removes
	 * missing periods, because a {@code null} or a value that is not a number is refused
	 * @param improvement which direction is better
	 * @param target the target, {@code null} if none
	 * @param baselinePoints {@code null} to calculate the limits from every point, else
	 * the limits are fixed from the first N, at least {@link SpcSettings#minimumPoints()}
	 * and no more than there are values, and applied to every later point
	 * @param settings run and trend lengths and the minimum points
	 * @return the chart; {@link SpcAnalysis#enoughData()} is false, with no limits and no
	 * icons, when there are fewer values than the minimum and no baseline was chosen
	 * @throws IllegalArgumentException for a missing or non-finite value or target, or a
	 * baseline too short or longer than the data
	 */
	public static SpcAnalysis analyse(List<Double> values, Improvement improvement, Double target,
			Integer baselinePoints, SpcSettings settings) {
		Objects.requireNonNull(values, "values must not be null");
		Objects.requireNonNull(improvement, "improvement must not be null");
		Objects.requireNonNull(settings, "settings must not be null");
		List<BigDecimal> exact = Inputs.values(values);
		BigDecimal goal = Inputs.target(target);
		int baseline = Inputs.baseline(baselinePoints, values.size(), settings);
		if (baseline < settings.minimumPoints()) {
			return notEnoughData(exact, settings);
		}
		ProcessLimits limits = ProcessLimits.of(exact.subList(0, baseline));
		Patterns patterns = Patterns.find(exact, limits, settings);
		List<SpcPoint> points = new ArrayList<>(exact.size());
		Direction latest = Direction.NONE;
		for (int i = 0; i < exact.size(); i++) {
			latest = Precedence.direction(patterns, i, improvement);
			points.add(new SpcPoint(i, values.get(i), movingRange(exact, i), limits.mean(), limits.upper(),
					limits.lower(), patterns.causes(i), latest == Direction.HIGHER, i < baseline));
		}
		VariationIcon variation = Precedence.variation(latest, improvement);
		AssuranceIcon assurance = Assurance.of(limits, goal, improvement);
		String explanation = new Explanation(exact, limits, baseline).of(patterns, latest, variation, assurance, goal);
		return new SpcAnalysis(points, limits.mean(), limits.averageMovingRange(), limits.upper(), limits.lower(),
				baseline, variation, assurance, true, explanation);
	}

	private static SpcAnalysis notEnoughData(List<BigDecimal> values, SpcSettings settings) {
		List<SpcPoint> points = new ArrayList<>(values.size());
		for (int i = 0; i < values.size(); i++) {
			points.add(new SpcPoint(i, values.get(i).doubleValue(), movingRange(values, i), Double.NaN, Double.NaN,
					Double.NaN, Set.of(), false, false));
		}
		return new SpcAnalysis(points, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, null, null, false,
				Explanation.notEnoughData(values.size(), settings.minimumPoints()));
	}

	/**
	 * Worked in decimals so that 0.3 after 0.1 is a range of 0.2, not
	 * 0.19999999999999998.
	 */
	private static Double movingRange(List<BigDecimal> values, int index) {
		return (index == 0) ? null : values.get(index).subtract(values.get(index - 1)).abs().doubleValue();
	}

}
