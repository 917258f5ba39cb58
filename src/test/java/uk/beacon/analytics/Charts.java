package uk.beacon.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Test series. The steady baseline alternates 11 and 9 for 20 points, so its mean is 10,
 * its average moving range 2, its limits 4.68 and 15.32 and its two-sigma lines about
 * 6.45 and 13.55; it has no run and no trend, and ends on 9, below the mean.
 */
final class Charts {

	static final int BASELINE = 20;

	private Charts() {
	}

	static List<Double> values(double... values) {
		return Arrays.stream(values).boxed().collect(Collectors.toList());
	}

	/** {@code count} values alternating between {@code first} and {@code second}. */
	static List<Double> alternating(double first, double second, int count) {
		return IntStream.range(0, count).mapToObj((i) -> (i % 2 == 0) ? first : second).collect(Collectors.toList());
	}

	static List<Double> repeat(double value, int count) {
		return IntStream.range(0, count).mapToObj((i) -> value).collect(Collectors.toList());
	}

	static List<Double> join(List<Double> first, double... more) {
		List<Double> joined = new ArrayList<>(first);
		joined.addAll(values(more));
		return joined;
	}

	static List<Double> steady(double... later) {
		return join(alternating(11, 9, BASELINE), later);
	}

	/** The steady baseline fixed, then {@code later}. */
	static SpcAnalysis afterSteadyBaseline(Improvement improvement, double... later) {
		return Spc.analyse(steady(later), improvement, null, BASELINE, SpcSettings.standard());
	}

	static SpcAnalysis analyse(List<Double> values, Improvement improvement) {
		return Spc.analyse(values, improvement, null, SpcLimitChoices.none(), SpcSettings.standard());
	}

	/** The indices of the points carrying {@code cause}. */
	static List<Integer> flagged(SpcAnalysis analysis, SpecialCause cause) {
		return analysis.points()
			.stream()
			.filter((point) -> point.causes().contains(cause))
			.map(SpcPoint::index)
			.collect(Collectors.toList());
	}

	/** The indices of points with any special cause. */
	static List<Integer> special(SpcAnalysis analysis) {
		return analysis.points()
			.stream()
			.filter(SpcPoint::specialCause)
			.map(SpcPoint::index)
			.collect(Collectors.toList());
	}

	static List<Integer> range(int fromInclusive, int toInclusive) {
		return IntStream.rangeClosed(fromInclusive, toInclusive).boxed().collect(Collectors.toList());
	}

}
