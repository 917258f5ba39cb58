package uk.beacon.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks that catch the mistakes councils actually make when they type performance data:
 * a figure with a digit too many, a quarter never entered, a denominator that quietly
 * changed what it counts, a target in the wrong units. A flag asks an officer to check;
 * it never changes a figure.
 */
public final class DataQuality {

	/** How far a denominator may move, up or down, before it is flagged. */
	public static final double DENOMINATOR_FACTOR = 1.5;

	/**
	 * A target this many times away from the typical value is probably in other units.
	 */
	public static final double TARGET_FACTOR = 10;

	private DataQuality() {
	}

	/**
	 * Flags, in time order, each period with no value that lies between reported ones
	 * ({@link DataQualityIssue#MISSING_PERIOD}; nulls before the first value or after the
	 * last are periods not yet or no longer reported, and are not flagged), and each
	 * outlier against the indicator's own history ({@link DataQualityIssue#OUTLIER}: a
	 * modified z-score above 3.5, that is more than about 5.19 median absolute deviations
	 * from the median, judged only when there are at least 6 values and the deviation is
	 * not 0).
	 * @param values in time order, null where a period has no value
	 * @param periodLabels the periods' names for the messages, one for each value
	 */
	public static List<DataQualityFlag> values(List<Double> values, List<String> periodLabels) {
		checkLabels(values, periodLabels, "values");
		int first = -1;
		int last = -1;
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i) != null) {
				FigureChecks.finite(values.get(i), "the value for " + periodLabels.get(i));
				first = (first < 0) ? i : first;
				last = i;
			}
		}
		List<DataQualityFlag> flags = new ArrayList<>();
		int previous = first;
		for (int i = first + 1; i < last; i++) {
			if (values.get(i) == null) {
				flags.add(new DataQualityFlag(DataQualityIssue.MISSING_PERIOD, i,
						periodLabels.get(i) + " has no value, although " + periodLabels.get(previous) + " and "
								+ periodLabels.get(nextReported(values, i))
								+ " do; add it or record why it is missing."));
			}
			else {
				previous = i;
			}
		}
		flags.addAll(Outliers.find(values, periodLabels));
		flags.sort((a, b) -> Integer.compare(a.index(), b.index()));
		return List.copyOf(flags);
	}

	/** Flags each denominator more than {@link #DENOMINATOR_FACTOR} times up or down. */
	public static List<DataQualityFlag> denominators(List<Double> denominators, List<String> periodLabels) {
		return denominators(denominators, periodLabels, DENOMINATOR_FACTOR);
	}

	/**
	 * Flags each denominator more than {@code factor} times larger or smaller than the
	 * previous reported one (a missing period is skipped, and the message names the
	 * period compared with). A move to or from 0 is always flagged.
	 */
	public static List<DataQualityFlag> denominators(List<Double> denominators, List<String> periodLabels,
			double factor) {
		checkLabels(denominators, periodLabels, "denominators");
		if (!(factor > 1) || !Double.isFinite(factor)) {
			throw new IllegalArgumentException("The factor for a denominator jump must be more than 1, not " + factor);
		}
		List<DataQualityFlag> flags = new ArrayList<>();
		int previous = -1;
		for (int i = 0; i < denominators.size(); i++) {
			Double current = denominators.get(i);
			if (current == null) {
				continue;
			}
			if (!(current >= 0) || current.isInfinite()) {
				throw new IllegalArgumentException(
						"A denominator must be 0 or more: " + current + " for " + periodLabels.get(i));
			}
			if (previous >= 0 && jumps(denominators.get(previous), current, factor)) {
				flags.add(new DataQualityFlag(DataQualityIssue.DENOMINATOR_JUMP, i, jumpMessage(
						denominators.get(previous), periodLabels.get(previous), current, periodLabels.get(i))));
			}
			previous = i;
		}
		return List.copyOf(flags);
	}

	/**
	 * Flags a target of 0 when every reported value is at least 1 away from 0 (a blank
	 * typed as 0?), and a target {@link #TARGET_FACTOR} times or more larger or smaller
	 * than the typical (median) value (a percentage typed as a fraction, a figure in
	 * thousands?). Nothing to check without a target or without values.
	 */
	public static List<DataQualityFlag> target(Double target, List<Double> values) {
		return target(target, values, false);
	}

	/**
	 * Flags a target as {@link #target(Double, List)} does, and, for a percentage, a
	 * target below 0% or above 100% when every reported value has been within 0% to 100%
	 * (a share, which cannot go beyond them: a count typed as the target, or a figure
	 * typed without its decimal point?). A percentage whose values have gone beyond 0% to
	 * 100% is a change or a ratio (growth, occupancy), and its target may too.
	 * @param percentage whether the values and the target are percentages (0 to 100, not
	 * fractions)
	 */
	public static List<DataQualityFlag> target(Double target, List<Double> values, boolean percentage) {
		Objects.requireNonNull(values, "values must not be null");
		if (target == null) {
			return List.of();
		}
		FigureChecks.target(target);
		List<Double> reported = new ArrayList<>();
		for (Double value : values) {
			if (value != null) {
				reported.add(FigureChecks.finite(value, "a value"));
			}
		}
		if (reported.isEmpty()) {
			return List.of();
		}
		return TargetCheck.of(target, reported, percentage).map(List::of).orElse(List.of());
	}

	private static boolean jumps(double before, double after, double factor) {
		if (before == 0 || after == 0) {
			return before != after;
		}
		return after > before * factor || before > after * factor;
	}

	private static String jumpMessage(double before, String beforeLabel, double after, String afterLabel) {
		String times = (before == 0 || after == 0) ? ""
				: " (" + UkFigures.format(after / before) + " times the previous figure)";
		return "The denominator " + ((after > before) ? "rose" : "fell") + " from " + UkFigures.format(before) + " in "
				+ beforeLabel + " to " + UkFigures.format(after) + " in " + afterLabel + times
				+ "; check that both periods count the same group.";
	}

	private static int nextReported(List<Double> values, int from) {
		int i = from;
		while (values.get(i) == null) {
			i++;
		}
		return i;
	}

	private static void checkLabels(List<Double> figures, List<String> periodLabels, String what) {
		Objects.requireNonNull(figures, what + " must not be null");
		Objects.requireNonNull(periodLabels, "periodLabels must not be null");
		if (figures.size() != periodLabels.size()) {
			throw new IllegalArgumentException("Each of the " + figures.size() + " " + what
					+ " needs a period label, but there are " + periodLabels.size());
		}
		for (String label : periodLabels) {
			Objects.requireNonNull(label, "period labels must not be null");
		}
	}

}
