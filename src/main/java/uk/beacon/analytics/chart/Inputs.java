package uk.beacon.analytics.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks shared by the chart inputs. Lists may hold {@code null} for a period without a
 * value, so they are copied by hand rather than with {@link List#copyOf}, which refuses
 * nulls.
 */
final class Inputs {

	private Inputs() {
	}

	static List<Double> gappedValues(List<Double> values, String what) {
		Objects.requireNonNull(values, what);
		for (Double value : values) {
			if (value != null && !Double.isFinite(value)) {
				throw new IllegalArgumentException(what + " must be numbers, not " + value);
			}
		}
		return Collections.unmodifiableList(new ArrayList<>(values));
	}

	static <T> List<T> gappedList(List<T> values, String what) {
		Objects.requireNonNull(values, what);
		return Collections.unmodifiableList(new ArrayList<>(values));
	}

	static List<String> periodLabels(List<String> labels) {
		Objects.requireNonNull(labels, "periodLabels");
		Set<String> seen = new HashSet<>();
		for (String label : labels) {
			if (label == null || label.isBlank()) {
				throw new IllegalArgumentException("Every period needs a label");
			}
			if (!seen.add(label)) {
				throw new IllegalArgumentException("The period \"" + label + "\" appears more than once");
			}
		}
		return List.copyOf(labels);
	}

	static void requirePerPeriod(List<?> values, List<String> labels, String what) {
		if (values != null && values.size() != labels.size()) {
			throw new IllegalArgumentException(
					what + " has " + values.size() + " values but there are " + labels.size() + " periods");
		}
	}

}
