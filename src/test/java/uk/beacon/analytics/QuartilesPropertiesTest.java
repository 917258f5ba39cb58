package uk.beacon.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of benchmark positions, over groups of whole-number values so ties can be
 * generated or ruled out at will.
 */
class QuartilesPropertiesTest {

	@Property
	void withoutTiesTheRankWhereHigherIsBetterMirrorsTheRankWhereLowerIsBetter(
			@ForAll("distinctGroups") Set<Integer> group, @ForAll boolean includesCouncil) {
		List<Double> values = doubles(group);
		double council = includesCouncil ? values.get(0) : maximum(group) + 1;
		BenchmarkPosition up = Quartiles.position(council, values, includesCouncil, Improvement.UP);
		BenchmarkPosition down = Quartiles.position(council, values, includesCouncil, Improvement.DOWN);

		assertThat(up.rank()).isEqualTo(up.of() + 1 - down.rank());
	}

	@Property
	void everyQuartileIsBetweenOneAndFour(@ForAll("groups") List<Integer> group, @ForAll("councilValues") int council,
			@ForAll boolean includesCouncil, @ForAll Improvement improvement) {
		List<Double> values = doubles(group);
		if (includesCouncil) {
			values.add((double) council);
		}
		BenchmarkPosition position = Quartiles.position(council, values, includesCouncil, improvement);

		assertThat(position.quartile()).isBetween(1, 4);
		assertThat(position.rawQuartile()).isBetween(1, 4);
		assertThat(position.rank()).isBetween(1, position.of());
	}

	@Property
	void whereLowerIsBetterOrNeitherIsTheQuartileIsTheRawOne(@ForAll("groups") List<Integer> group,
			@ForAll("councilValues") int council) {
		List<Double> values = doubles(group);

		for (Improvement improvement : List.of(Improvement.DOWN, Improvement.NEITHER)) {
			BenchmarkPosition position = Quartiles.position(council, values, false, improvement);
			assertThat(position.quartile()).isEqualTo(position.rawQuartile());
		}
	}

	@Property
	void theBestValueInTheGroupIsFirstAndInTheTopQuartile(@ForAll("groups") List<Integer> group,
			@ForAll Improvement improvement) {
		List<Double> values = doubles(group);
		double best = (improvement == Improvement.UP) ? maximum(group) : minimum(group);
		BenchmarkPosition position = Quartiles.position(best, values, true, improvement);

		assertThat(position.rank()).isEqualTo(1);
		assertThat(position.quartile()).isEqualTo(1);
	}

	@Property
	void aBetterValueNeverHasAWorseQuartile(@ForAll("groups") List<Integer> group, @ForAll("councilValues") int a,
			@ForAll("councilValues") int b) {
		List<Double> values = doubles(group);
		int better = Math.max(a, b);
		int worse = Math.min(a, b);

		assertThat(Quartiles.position(better, values, false, Improvement.UP).quartile())
			.isLessThanOrEqualTo(Quartiles.position(worse, values, false, Improvement.UP).quartile());
	}

	@Provide
	Arbitrary<Set<Integer>> distinctGroups() {
		return Arbitraries.integers().between(-1000, 1000).set().ofMinSize(4).ofMaxSize(160);
	}

	@Provide
	Arbitrary<List<Integer>> groups() {
		return Arbitraries.integers().between(0, 20).list().ofMinSize(4).ofMaxSize(160);
	}

	@Provide
	Arbitrary<Integer> councilValues() {
		return Arbitraries.integers().between(-2, 22);
	}

	private static List<Double> doubles(Iterable<Integer> group) {
		List<Double> values = new ArrayList<>();
		group.forEach((value) -> values.add((double) value));
		return values;
	}

	private static int maximum(Iterable<Integer> group) {
		int maximum = Integer.MIN_VALUE;
		for (int value : group) {
			maximum = Math.max(maximum, value);
		}
		return maximum;
	}

	private static int minimum(Iterable<Integer> group) {
		int minimum = Integer.MAX_VALUE;
		for (int value : group) {
			minimum = Math.min(minimum, value);
		}
		return minimum;
	}

}
