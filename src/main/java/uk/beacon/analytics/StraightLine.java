package uk.beacon.analytics;

import java.util.List;

/**
 * The least-squares straight line through equally spaced values, a period apart, with
 * gaps where a value is missing. Works about the mean period so large values stay exact.
 */
record StraightLine(int count, int first, double meanPeriod, double meanValue, double slope, int decimals) {

	static StraightLine fit(List<Double> values) {
		int count = 0;
		int first = -1;
		double sumPeriods = 0;
		double sumValues = 0;
		int decimals = 0;
		for (int i = 0; i < values.size(); i++) {
			Double value = values.get(i);
			if (value == null) {
				continue;
			}
			FigureChecks.finite(value, "the value at position " + (i + 1));
			first = (first < 0) ? i : first;
			count++;
			sumPeriods += i;
			sumValues += value;
			decimals = Math.max(decimals, UkFigures.decimalsOf(value));
		}
		if (count == 0) {
			return new StraightLine(0, 0, 0, 0, 0, 0);
		}
		double meanPeriod = sumPeriods / count;
		double meanValue = sumValues / count;
		double covariance = 0;
		double spread = 0;
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i) != null) {
				covariance += (i - meanPeriod) * (values.get(i) - meanValue);
				spread += (i - meanPeriod) * (i - meanPeriod);
			}
		}
		double slope = (spread == 0) ? 0 : covariance / spread;
		return new StraightLine(count, first, meanPeriod, meanValue, slope, decimals);
	}

	double at(double period) {
		return this.meanValue + this.slope * (period - this.meanPeriod);
	}

}
