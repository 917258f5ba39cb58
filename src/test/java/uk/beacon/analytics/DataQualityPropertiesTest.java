package uk.beacon.analytics;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the data quality checks.
 */
class DataQualityPropertiesTest {

	@Property
	void exactlyTheGapsBetweenReportedValuesAreFlaggedAsMissing(@ForAll("seriesWithGaps") List<Double> values) {
		int first = values.indexOf(firstReported(values));
		int last = lastReported(values);
		List<Integer> gaps = new ArrayList<>();
		for (int i = first + 1; i < last; i++) {
			if (values.get(i) == null) {
				gaps.add(i);
			}
		}

		List<DataQualityFlag> flags = DataQuality.values(values, labels(values.size()));

		assertThat(flags).filteredOn((flag) -> flag.issue() == DataQualityIssue.MISSING_PERIOD)
			.extracting(DataQualityFlag::index)
			.containsExactlyElementsOf(gaps);
	}

	@Property
	void flagsComeInTimeOrder(@ForAll("seriesWithGaps") List<Double> values) {
		List<Integer> indexes = DataQuality.values(values, labels(values.size()))
			.stream()
			.map(DataQualityFlag::index)
			.toList();

		assertThat(indexes).isSorted();
	}

	@Property
	void shiftingAndScalingASeriesFlagsTheSameOutliers(@ForAll("seriesWithGaps") List<Double> values) {
		List<Double> moved = new ArrayList<>();
		for (Double value : values) {
			moved.add((value == null) ? null : value * 4 + 1000);
		}

		assertThat(indexes(DataQuality.values(moved, labels(moved.size()))))
			.isEqualTo(indexes(DataQuality.values(values, labels(values.size()))));
	}

	@Provide
	Arbitrary<List<Double>> seriesWithGaps() {
		Arbitrary<Double> value = Arbitraries.frequencyOf(
				net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0, 40).map((i) -> (double) i)),
				net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(200, 900).map((i) -> (double) i)),
				net.jqwik.api.Tuple.of(2, Arbitraries.just(null)));
		return value.list().ofMinSize(0).ofMaxSize(20);
	}

	private static List<Integer> indexes(List<DataQualityFlag> flags) {
		return flags.stream().map(DataQualityFlag::index).toList();
	}

	private static Double firstReported(List<Double> values) {
		for (Double value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private static int lastReported(List<Double> values) {
		for (int i = values.size() - 1; i >= 0; i--) {
			if (values.get(i) != null) {
				return i;
			}
		}
		return -1;
	}

	private static List<String> labels(int count) {
		List<String> labels = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			labels.add("Month " + i);
		}
		return labels;
	}

}
