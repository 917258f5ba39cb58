package uk.beacon.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * Outliers by the modified z-score of Iglewicz and Hoaglin (1993): a value is flagged
 * when 0.6745 × |value − median| ÷ MAD is more than 3.5, the median and the median
 * absolute deviation (MAD) being taken over the indicator's own reported values. Medians,
 * not the mean and standard deviation, because the typing error being looked for would
 * otherwise widen the very range it is judged against. The factor 0.6745 scales the MAD
 * to a standard deviation for normally distributed data, so 3.5 is about 3.5 standard
 * deviations.
 */
final class Outliers {

	/** Below this the history is too short to say what is usual. */
	static final int MINIMUM_VALUES = 6;

	static final double THRESHOLD = 3.5;

	static final double SCALE = 0.6745;

	private Outliers() {
	}

	/**
	 * When at least half of the values are identical the MAD is 0 and no score exists, so
	 * nothing is flagged: a 98% among a run of 100% is not a typing error.
	 */
	static List<DataQualityFlag> find(List<Double> values, List<String> periodLabels) {
		List<Double> reported = new ArrayList<>();
		for (Double value : values) {
			if (value != null) {
				reported.add(value);
			}
		}
		if (reported.size() < MINIMUM_VALUES) {
			return List.of();
		}
		Spread spread = Spread.of(reported);
		if (spread.medianAbsoluteDeviation() == 0) {
			return List.of();
		}
		List<DataQualityFlag> flags = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			Double value = values.get(i);
			if (value != null && score(value, spread) > THRESHOLD) {
				flags
					.add(new DataQualityFlag(DataQualityIssue.OUTLIER, i, message(value, periodLabels.get(i), spread)));
			}
		}
		return flags;
	}

	static double score(double value, Spread spread) {
		return SCALE * Math.abs(value - spread.median()) / spread.medianAbsoluteDeviation();
	}

	private static String message(double value, String label, Spread spread) {
		return UkFigures.format(value) + " for " + label + " is far " + ((value > spread.median()) ? "above" : "below")
				+ " this indicator's usual range (median " + UkFigures.format(spread.median())
				+ ", at least half of the values within " + UkFigures.format(spread.medianAbsoluteDeviation())
				+ " of it); check it was entered correctly.";
	}

}
