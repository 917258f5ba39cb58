package uk.beacon.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Statistical process control as NHS England's Making Data Count programme does it: an
 * XmR chart with process limits at the mean plus and minus 2.66 average moving ranges,
 * optionally recalculated part-way through, four special-cause rules, and the variation
 * and assurance icons for the latest point. The rules, and every choice where the sources
 * differ, are in {@code docs/spc.md}.
 */
public final class Spc {

	private Spc() {
	}

	/**
	 * Analyses a series of values with limits from every point, or from a baseline.
	 * @see #analyse(List, Improvement, Double, SpcLimitChoices, SpcSettings)
	 */
	public static SpcAnalysis analyse(List<Double> values, Improvement improvement, Double target,
			Integer baselinePoints, SpcSettings settings) {
		return analyse(values, improvement, target, SpcLimitChoices.baseline(baselinePoints), settings);
	}

	/**
	 * Analyses a series of values.
	 * @param values in time order, equally spaced, with no gaps: the caller removes
	 * missing periods, because a {@code null} or a value that is not a number is refused
	 * @param improvement which direction is better
	 * @param target the target, {@code null} if none
	 * @param choices a baseline for the first limits and where the limits are
	 * recalculated; every stretch of limits needs at least two points
	 * @param settings run and trend lengths, the minimum points for firm limits, and
	 * screening
	 * @return the chart; limits from fewer points than the minimum are trial limits, with
	 * a warning; {@link SpcAnalysis#enoughData()} is false, with no limits and no icons,
	 * only for fewer than two values
	 * @throws IllegalArgumentException for a missing or non-finite value or target, or a
	 * baseline or recalculation that leaves a stretch of limits without two points
	 */
	public static SpcAnalysis analyse(List<Double> values, Improvement improvement, Double target,
			SpcLimitChoices choices, SpcSettings settings) {
		Objects.requireNonNull(values, "values must not be null");
		Objects.requireNonNull(improvement, "improvement must not be null");
		Objects.requireNonNull(choices, "choices must not be null");
		Objects.requireNonNull(settings, "settings must not be null");
		List<BigDecimal> exact = Inputs.values(values);
		BigDecimal goal = Inputs.target(target);
		if (exact.size() < SpcSettings.SMALLEST && choices.baselinePoints() == null
				&& choices.recalculateAfter().isEmpty()) {
			return notEnoughData(exact, settings);
		}
		List<Inputs.Segment> segments = Inputs.segments(choices, exact.size());
		List<ProcessLimits> pointLimits = new ArrayList<>(exact.size());
		List<Integer> pointSegments = new ArrayList<>(exact.size());
		Set<Integer> screened = new HashSet<>();
		List<SpcSegment> described = new ArrayList<>(segments.size());
		List<String> warnings = new ArrayList<>();
		for (int s = 0; s < segments.size(); s++) {
			Inputs.Segment segment = segments.get(s);
			ProcessLimits limits = ProcessLimits.of(
					exact.subList(segment.first(), segment.first() + segment.limitPoints()),
					settings.screenMovingRanges());
			List<Integer> out = limits.screened().stream().map(i -> i + segment.first()).toList();
			screened.addAll(out);
			boolean trial = segment.limitPoints() < settings.minimumPoints();
			if (trial) {
				warnings.add(Explanation.trialWarning(segment, settings.minimumPoints()));
			}
			described.add(new SpcSegment(segment.first(), segment.end() - 1, segment.limitPoints(), limits.mean(),
					limits.averageMovingRange(), limits.upper(), limits.lower(), trial, out));
			for (int i = segment.first(); i < segment.end(); i++) {
				pointLimits.add(limits);
				pointSegments.add(s);
			}
		}
		Patterns patterns = Patterns.find(exact, pointLimits, settings);
		List<SpcPoint> points = new ArrayList<>(exact.size());
		Direction latest = Direction.NONE;
		for (int i = 0; i < exact.size(); i++) {
			latest = Precedence.direction(patterns, i, improvement);
			ProcessLimits limits = pointLimits.get(i);
			Inputs.Segment segment = segments.get(pointSegments.get(i));
			points.add(new SpcPoint(i, values.get(i), movingRange(exact, i), limits.mean(), limits.upper(),
					limits.lower(), patterns.causes(i), latest == Direction.HIGHER,
					i < segment.first() + segment.limitPoints(), latest, Precedence.variation(latest, improvement),
					pointSegments.get(i), screened.contains(i)));
		}
		Inputs.Segment last = segments.get(segments.size() - 1);
		ProcessLimits limits = pointLimits.get(pointLimits.size() - 1);
		VariationIcon variation = Precedence.variation(latest, improvement);
		AssuranceIcon assurance = Assurance.of(limits, goal, improvement);
		String explanation = new Explanation(exact, pointLimits, last, settings.minimumPoints()).of(patterns, latest,
				variation, assurance, goal);
		return new SpcAnalysis(points, limits.mean(), limits.averageMovingRange(), limits.upper(), limits.lower(),
				segments.get(0).limitPoints(), variation, assurance, true, explanation, described,
				last.limitPoints() < settings.minimumPoints(), warnings);
	}

	private static SpcAnalysis notEnoughData(List<BigDecimal> values, SpcSettings settings) {
		List<SpcPoint> points = new ArrayList<>(values.size());
		for (int i = 0; i < values.size(); i++) {
			points.add(new SpcPoint(i, values.get(i).doubleValue(), movingRange(values, i), Double.NaN, Double.NaN,
					Double.NaN, Set.of(), false, false, Direction.NONE, null, 0, false));
		}
		String explanation = Explanation.notEnoughData(values.size(), settings.minimumPoints());
		return new SpcAnalysis(points, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, null, null, false,
				explanation, List.of(), false, List.of(explanation));
	}

	/**
	 * Worked in decimals so that 0.3 after 0.1 is a range of 0.2, not
	 * 0.19999999999999998.
	 */
	private static Double movingRange(List<BigDecimal> values, int index) {
		return (index == 0) ? null : values.get(index).subtract(values.get(index - 1)).abs().doubleValue();
	}

}
