package uk.beacon.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The symmetries of the chart. Values are whole numbers, so that shifting and scaling
 * them is exact and any difference found is the rules', not the arithmetic's.
 */
class SpcPropertiesTest {

	private static final Map<VariationIcon, VariationIcon> OTHER_DIRECTION = Map.of(VariationIcon.COMMON_CAUSE,
			VariationIcon.COMMON_CAUSE, VariationIcon.IMPROVEMENT_HIGH, VariationIcon.CONCERN_HIGH,
			VariationIcon.CONCERN_HIGH, VariationIcon.IMPROVEMENT_HIGH, VariationIcon.IMPROVEMENT_LOW,
			VariationIcon.CONCERN_LOW, VariationIcon.CONCERN_LOW, VariationIcon.IMPROVEMENT_LOW);

	private static final Map<VariationIcon, VariationIcon> MIRRORED = Map.of(VariationIcon.COMMON_CAUSE,
			VariationIcon.COMMON_CAUSE, VariationIcon.IMPROVEMENT_HIGH, VariationIcon.IMPROVEMENT_LOW,
			VariationIcon.IMPROVEMENT_LOW, VariationIcon.IMPROVEMENT_HIGH, VariationIcon.CONCERN_HIGH,
			VariationIcon.CONCERN_LOW, VariationIcon.CONCERN_LOW, VariationIcon.CONCERN_HIGH);

	private static final Map<AssuranceIcon, AssuranceIcon> OTHER_ASSURANCE = Map.of(AssuranceIcon.NO_TARGET,
			AssuranceIcon.NO_TARGET, AssuranceIcon.HIT_AND_MISS, AssuranceIcon.HIT_AND_MISS,
			AssuranceIcon.CONSISTENTLY_PASSING, AssuranceIcon.CONSISTENTLY_FAILING, AssuranceIcon.CONSISTENTLY_FAILING,
			AssuranceIcon.CONSISTENTLY_PASSING);

	@Property(tries = 300)
	void shiftingEveryValueShiftsTheLinesAndKeepsTheFlags(@ForAll("charts") Chart chart,
			@ForAll @IntRange(min = -100_000, max = 100_000) int shift, @ForAll Improvement improvement) {
		SpcAnalysis before = chart.analyse(improvement, (x) -> x);
		SpcAnalysis after = chart.analyse(improvement, (x) -> x + shift);

		assertThat(after.mean()).isCloseTo(before.mean() + shift, within(1e-6));
		assertThat(after.upperLimit()).isCloseTo(before.upperLimit() + shift, within(1e-6));
		assertThat(after.lowerLimit()).isCloseTo(before.lowerLimit() + shift, within(1e-6));
		assertThat(after.averageMovingRange()).isCloseTo(before.averageMovingRange(), within(1e-9));
		assertSameFlagsAndIcons(before, after);
	}

	@Property(tries = 300)
	void scalingEveryValueScalesTheLinesAndKeepsTheFlags(@ForAll("charts") Chart chart,
			@ForAll("factors") double factor, @ForAll Improvement improvement) {
		SpcAnalysis before = chart.analyse(improvement, (x) -> x);
		SpcAnalysis after = chart.analyse(improvement, (x) -> x * factor);

		assertThat(after.mean()).isCloseTo(before.mean() * factor, within(1e-6));
		assertThat(after.upperLimit()).isCloseTo(before.upperLimit() * factor, within(1e-6));
		assertThat(after.lowerLimit()).isCloseTo(before.lowerLimit() * factor, within(1e-6));
		assertSameFlagsAndIcons(before, after);
	}

	@Property(tries = 300)
	void reversingTheBetterDirectionSwapsImprovementWithConcernAndPassingWithFailing(@ForAll("charts") Chart chart) {
		SpcAnalysis up = chart.analyse(Improvement.UP, (x) -> x);
		SpcAnalysis down = chart.analyse(Improvement.DOWN, (x) -> x);

		assertThat(down.variation()).isEqualTo(OTHER_DIRECTION.get(up.variation()));
		assertThat(down.latest().high()).isEqualTo(up.latest().high());
		assertThat(causes(down)).isEqualTo(causes(up));
		// a target on limits of zero width is met whichever way is better
		Assume.that(up.upperLimit() > up.lowerLimit());
		assertThat(down.assurance()).isEqualTo(OTHER_ASSURANCE.get(up.assurance()));
	}

	@Property(tries = 300)
	void mirroringTheValuesAndTheBetterDirectionMirrorsTheIcons(@ForAll("charts") Chart chart) {
		SpcAnalysis up = chart.analyse(Improvement.UP, (x) -> x);
		SpcAnalysis mirrored = chart.analyse(Improvement.DOWN, (x) -> -x);

		assertThat(mirrored.variation()).isEqualTo(MIRRORED.get(up.variation()));
		assertThat(mirrored.latest().high()).isEqualTo(up.latest().specialCause() && !up.latest().high());
		assertThat(causes(mirrored)).isEqualTo(causes(up));
		assertThat(mirrored.assurance()).isEqualTo(up.assurance());
	}

	@Property(tries = 300)
	void runPointsAreOffTheMeanAndOutsidePointsBeyondALimit(@ForAll("charts") Chart chart) {
		SpcAnalysis analysis = chart.analyse(Improvement.NEITHER, (x) -> x);

		for (SpcPoint point : analysis.points()) {
			if (point.causes().contains(SpecialCause.RUN)) {
				assertThat(point.value()).isNotEqualTo(point.mean());
			}
			if (point.causes().contains(SpecialCause.OUTSIDE_LIMITS)) {
				assertThat(point.value() > point.upperLimit() || point.value() < point.lowerLimit()).isTrue();
			}
		}
		assertThat(analysis.enoughData()).isTrue();
		assertThat(analysis.explanation()).startsWith(analysis.variation().label() + ": ").endsWith(".");
	}

	@Property(tries = 300)
	void eachStretchOfRecalculatedLimitsHasTheLimitsAndPointsOutsideItWouldHaveOnItsOwn(@ForAll("charts") Chart chart,
			@ForAll @IntRange(min = 2, max = 38) int cut) {
		Assume.that(cut <= chart.values().size() - 2);
		List<Double> values = chart.values().stream().map(Integer::doubleValue).collect(Collectors.toList());
		SpcAnalysis whole = Spc.analyse(values, Improvement.UP, null, new SpcLimitChoices(null, List.of(cut)),
				SpcSettings.standard());
		List<List<Double>> parts = List.of(values.subList(0, cut), values.subList(cut, values.size()));

		for (int s = 0; s < 2; s++) {
			SpcAnalysis alone = Spc.analyse(parts.get(s), Improvement.UP, null, SpcLimitChoices.none(),
					SpcSettings.standard());
			SpcSegment segment = whole.segments().get(s);
			assertThat(segment.mean()).isEqualTo(alone.mean());
			assertThat(segment.upperLimit()).isEqualTo(alone.upperLimit());
			assertThat(segment.lowerLimit()).isEqualTo(alone.lowerLimit());
			assertThat(segment.trialLimits()).isEqualTo(alone.trialLimits());
			int offset = (s == 0) ? 0 : cut;
			assertThat(Charts.flagged(whole, SpecialCause.OUTSIDE_LIMITS)
				.stream()
				.filter((i) -> i >= segment.firstIndex() && i <= segment.lastIndex())
				.map((i) -> i - offset)
				.toList()).isEqualTo(Charts.flagged(alone, SpecialCause.OUTSIDE_LIMITS));
		}
	}

	@Property(tries = 300)
	void screeningKeepsTheMeanAndNeverWidensTheLimits(@ForAll("charts") Chart chart) {
		List<Double> values = chart.values().stream().map(Integer::doubleValue).collect(Collectors.toList());
		SpcAnalysis plain = Spc.analyse(values, Improvement.UP, null, SpcLimitChoices.none(), SpcSettings.standard());
		SpcAnalysis screened = Spc.analyse(values, Improvement.UP, null, SpcLimitChoices.none(),
				new SpcSettings(7, 7, 13, true));

		assertThat(screened.mean()).isEqualTo(plain.mean());
		assertThat(screened.averageMovingRange()).isLessThanOrEqualTo(plain.averageMovingRange() + 1e-9);
		assertThat(screened.segments().get(0).screenedOut())
			.allSatisfy((i) -> assertThat(values.get(i) - values.get(i - 1)).isNotCloseTo(0, within(1e-12)));
		assertThat(screened.points().stream().filter(SpcPoint::movingRangeScreenedOut).map(SpcPoint::index).toList())
			.isEqualTo(screened.segments().get(0).screenedOut());
	}

	@Property(tries = 300)
	void everyPointSaysWhichWayItsSpecialCausePointsAndTheLatestIsTheIcon(@ForAll("charts") Chart chart,
			@ForAll Improvement improvement) {
		SpcAnalysis analysis = chart.analyse(improvement, (x) -> x);

		assertThat(analysis.latest().variation()).isEqualTo(analysis.variation());
		for (SpcPoint point : analysis.points()) {
			assertThat(point.direction() == Direction.NONE).isEqualTo(!point.specialCause());
			assertThat(point.variation().direction()).isEqualTo(point.direction());
			assertThat(point.high()).isEqualTo(point.direction() == Direction.HIGHER);
			assertThat(point.variation().nature() == null).isEqualTo(!point.specialCause());
			if (improvement == Improvement.NEITHER && point.specialCause()) {
				assertThat(point.variation().nature()).isEqualTo(VariationIcon.Nature.NEITHER);
			}
		}
	}

	@Provide
	Arbitrary<Chart> charts() {
		Arbitrary<List<Integer>> noise = Arbitraries.integers().between(-1000, 1000).list().ofMinSize(13).ofMaxSize(40);
		// a random walk makes runs and trends common enough to matter
		Arbitrary<List<Integer>> walk = Arbitraries.integers()
			.between(-3, 3)
			.list()
			.ofMinSize(13)
			.ofMaxSize(40)
			.map(SpcPropertiesTest::cumulative);
		// few distinct values put many points exactly on the mean and repeat values
		Arbitrary<List<Integer>> ties = Arbitraries.integers().between(0, 3).list().ofMinSize(13).ofMaxSize(40);
		Arbitrary<List<Integer>> values = Arbitraries.oneOf(noise, walk, ties);
		// a recalculation somewhere, or none, and screening on or off
		return Combinators
			.combine(values, Arbitraries.integers().between(0, 40), Arbitraries.integers().between(-1000, 1000),
					Arbitraries.integers().between(0, 40), Arbitraries.of(true, false))
			.as((list, baseline, target, cut, screen) -> {
				List<Integer> recalculate = (cut < 2 || cut > list.size() - 2) ? List.of() : List.of(cut);
				int first = recalculate.isEmpty() ? list.size() : cut;
				return new Chart(list, (baseline < 2 || baseline > first) ? null : baseline, target, recalculate,
						screen);
			});
	}

	@Provide
	Arbitrary<Double> factors() {
		return Arbitraries.oneOf(Arbitraries.integers().between(1, 1000).map(Integer::doubleValue),
				Arbitraries.of(0.5, 0.25, 0.125));
	}

	private static List<Integer> cumulative(List<Integer> steps) {
		List<Integer> values = new ArrayList<>(steps.size());
		int total = 0;
		for (int step : steps) {
			total += step;
			values.add(total);
		}
		return values;
	}

	private static List<Object> causes(SpcAnalysis analysis) {
		return analysis.points().stream().map(SpcPoint::causes).collect(Collectors.toList());
	}

	private static void assertSameFlagsAndIcons(SpcAnalysis before, SpcAnalysis after) {
		assertThat(causes(after)).isEqualTo(causes(before));
		assertThat(after.points()).extracting(SpcPoint::high)
			.isEqualTo(before.points().stream().map(SpcPoint::high).collect(Collectors.toList()));
		assertThat(after.variation()).isEqualTo(before.variation());
		assertThat(after.assurance()).isEqualTo(before.assurance());
	}

	/**
	 * Whole-number values, an optional baseline, a target, perhaps a recalculation and
	 * screening, transformed together.
	 */
	record Chart(List<Integer> values, Integer baseline, int target, List<Integer> recalculateAfter, boolean screen) {

		SpcAnalysis analyse(Improvement improvement, DoubleUnaryOperator transform) {
			List<Double> changed = this.values.stream()
				.map((value) -> transform.applyAsDouble(value))
				.collect(Collectors.toList());
			return Spc.analyse(changed, improvement, transform.applyAsDouble(this.target),
					new SpcLimitChoices(this.baseline, this.recalculateAfter), new SpcSettings(7, 7, 13, this.screen));
		}

	}

}
