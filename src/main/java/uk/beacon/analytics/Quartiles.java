package uk.beacon.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Benchmark positions. The group is ranked (ties share the better rank, as a league table
 * prints "joint 3rd") and the ranks are banded into four equal groups: quartile = ⌈4 ×
 * rank ÷ n⌉. In a group of 152 councils, ranks 1–38 are quartile 1, 39–76 quartile 2, and
 * so on; when n is not a multiple of 4 the extra places fall in the lower bands.
 */
public final class Quartiles {

	/** Fewer than four cannot be split into four quarters. */
	public static final int MINIMUM_GROUP = 4;

	private Quartiles() {
	}

	/**
	 * @param value the council's value
	 * @param comparators the group's values; a null (a council with no published value)
	 * is left out
	 * @param includesCouncil whether the council's own value is one of the comparators
	 * (as in a national table of all councils) or is to be added to them (as in a list of
	 * statistical neighbours); when it is included, one entry equal to {@code value} is
	 * taken to be the council's
	 * @param improvement which direction is better; with {@link Improvement#NEITHER} the
	 * group is ranked from the lowest value up, and the explanation says so
	 * @throws IllegalArgumentException when the group, council included, has fewer than
	 * {@link #MINIMUM_GROUP} values, or the council is said to be included but its value
	 * is not there
	 */
	public static BenchmarkPosition position(double value, List<Double> comparators, boolean includesCouncil,
			Improvement improvement) {
		return position(value, null, comparators, includesCouncil, improvement);
	}

	/**
	 * As {@link #position(double, List, boolean, Improvement)}, with the council's value
	 * written in its unit in the explanation ("61.2% ranks 3rd of 8").
	 * @param valueText the value as the explanation writes it; {@code null} writes the
	 * bare number
	 */
	public static BenchmarkPosition position(double value, String valueText, List<Double> comparators,
			boolean includesCouncil, Improvement improvement) {
		FigureChecks.finite(value, "the council's value");
		Objects.requireNonNull(comparators, "comparators must not be null");
		Objects.requireNonNull(improvement, "improvement must not be null");
		List<Double> group = reported(comparators);
		int higher = 0;
		int lower = 0;
		int equal = 0;
		for (double other : group) {
			int side = Double.compare(other, value);
			higher += (side > 0) ? 1 : 0;
			lower += (side < 0) ? 1 : 0;
			equal += (side == 0) ? 1 : 0;
		}
		if (includesCouncil && equal == 0) {
			throw new IllegalArgumentException("The council's value " + UkFigures.format(value)
					+ " is not among the comparators, although they are said to include it");
		}
		int of = group.size() + (includesCouncil ? 0 : 1);
		if (of < MINIMUM_GROUP) {
			throw new IllegalArgumentException("Quartiles need a group of at least " + MINIMUM_GROUP
					+ ", the council included; this group has " + of);
		}
		boolean joint = equal > (includesCouncil ? 1 : 0);
		int rawRank = lower + 1;
		int rank = (improvement == Improvement.UP) ? higher + 1 : rawRank;
		int quartile = band(rank, of);
		return new BenchmarkPosition(rank, of, quartile, band(rawRank, of), explanation(
				(valueText != null) ? valueText : UkFigures.format(value), rank, of, joint, quartile, improvement));
	}

	/**
	 * ⌈4 × rank ÷ n⌉ in whole numbers, so no rounding can move a council across a band.
	 */
	static int band(int rank, int of) {
		return (4 * rank + of - 1) / of;
	}

	private static List<Double> reported(List<Double> comparators) {
		List<Double> group = new ArrayList<>();
		for (Double comparator : comparators) {
			if (comparator != null) {
				group.add(FigureChecks.finite(comparator, "a comparator's value"));
			}
		}
		return group;
	}

	private static String explanation(String value, int rank, int of, boolean joint, int quartile,
			Improvement improvement) {
		String ranks = value + " ranks " + (joint ? "joint " : "") + UkFigures.ordinal(rank) + " of " + of;
		String band = "in quartile " + quartile;
		return switch (improvement) {
			case UP -> ranks + ", where higher is better, " + band + " (quartile 1 is the best).";
			case DOWN -> ranks + ", where lower is better, " + band + " (quartile 1 is the best).";
			case NEITHER -> ranks + " counting up from the lowest value, as neither direction is better, " + band
					+ " (quartile 1 holds the lowest values).";
		};
	}

}
