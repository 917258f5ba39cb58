package uk.beacon.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.beacon.analytics.BenchmarkPosition;
import uk.beacon.analytics.Improvement;
import uk.beacon.analytics.Quartiles;
import uk.beacon.period.Period;

/**
 * Where the council's figure stands in each of its comparator groups for a period: the
 * one rule behind the page's statement of each group and the rating of a quartile target
 * that has no national quartile, so that the two always agree.
 */
final class ComparatorGroupPlaces {

	private ComparatorGroupPlaces() {
	}

	/**
	 * The council's place in one group.
	 *
	 * @param members how many are ranked, the council included
	 * @param position its rank and quartile, {@code null} when the group is too small
	 * @param explanation the position's sentence, or why there is none
	 */
	record Place(String groupCode, String groupName, Period period, int members, BenchmarkPosition position,
			String explanation) {

		/** The words a quartile target's rating names the group and its rank with. */
		String ratingSource() {
			return "the comparator group " + this.groupName + " for " + this.period.label() + " (ranked "
					+ this.position.rank() + " of " + this.members + ", with no national benchmark quartile)";
		}

	}

	/**
	 * The council's place in each group with values for the period, by group code. Each
	 * group's members other than the council are ranked with the council's own figure,
	 * which is the one compared (a member row for the council itself is left out).
	 * @param value the council's figure for the period, in the indicator's unit
	 */
	static List<Place> of(Polarity polarity, double value, Period period, List<ComparatorValue> values) {
		return of(polarity, value, null, period, values);
	}

	/**
	 * As {@link #of(Polarity, double, Period, List)}, each position's sentence writing
	 * the figure in its unit.
	 * @param valueText the figure as the indicator writes it, such as "61.2%"
	 */
	static List<Place> of(Polarity polarity, double value, String valueText, Period period,
			List<ComparatorValue> values) {
		Map<String, List<ComparatorValue>> groups = new LinkedHashMap<>();
		values.stream()
			.filter(v -> v.dataPeriod().equals(period))
			.sorted(Comparator.comparing(ComparatorValue::groupCode))
			.forEach(v -> groups.computeIfAbsent(v.groupCode(), g -> new ArrayList<>()).add(v));
		List<Place> places = new ArrayList<>();
		groups.forEach((code, members) -> {
			List<Double> others = members.stream()
				.filter(m -> !m.isCouncil())
				.map(m -> m.value().doubleValue())
				.toList();
			String name = members.get(0).groupName();
			int size = others.size() + 1;
			if (size < Quartiles.MINIMUM_GROUP) {
				places.add(new Place(code, name, period, size, null, "too few members (" + size
						+ ") to rank in quartiles; at least " + Quartiles.MINIMUM_GROUP + " are needed."));
			}
			else {
				BenchmarkPosition position = Quartiles.position(value, valueText, others, false,
						IndicatorAnalyses.improvement(polarity));
				places.add(new Place(code, name, period, size, position, position.explanation()));
			}
		});
		return List.copyOf(places);
	}

	/**
	 * The group a quartile target is rated by when no national or other published
	 * quartile is recorded for the period: of the groups large enough to rank in
	 * quartiles, the one with the most members (the firmest ranking), then the first by
	 * code. None where neither direction is better, since a quartile target then means
	 * nothing.
	 */
	static Optional<Place> forRating(Polarity polarity, double value, Period period, List<ComparatorValue> values) {
		if (IndicatorAnalyses.improvement(polarity) == Improvement.NEITHER) {
			return Optional.empty();
		}
		return of(polarity, value, period, values).stream()
			.filter(p -> p.position() != null)
			.min(Comparator.comparingInt((Place p) -> -p.members()).thenComparing(Place::groupCode));
	}

}
