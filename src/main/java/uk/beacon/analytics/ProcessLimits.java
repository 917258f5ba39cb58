package uk.beacon.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The mean and process limits of a baseline, kept as exact decimals. Every comparison is
 * made by cross-multiplying, never with a rounded mean or limit, so a value exactly on
 * the mean or on a limit is treated as on it: a rounding error cannot turn fifteen equal
 * values into a run, or a value typed as 12.66 into one beyond a limit of 12.66.
 */
final class ProcessLimits {

	/** 2.66 = 3 / d2 for ranges of two, as a whole number of hundredths. */
	private static final BigDecimal SCALING_HUNDREDTHS = BigDecimal.valueOf(266);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	private static final BigDecimal THREE = BigDecimal.valueOf(3);

	/** 3.267 = D4 for ranges of two, as a whole number of thousandths. */
	private static final BigDecimal SCREENING_THOUSANDTHS = BigDecimal.valueOf(3267);

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

	private final BigDecimal count;

	private final BigDecimal ranges;

	private final BigDecimal sum;

	private final BigDecimal rangeSum;

	/**
	 * 266 × n × (sum of moving ranges): the limit distance on the scale of
	 * {@link #distance}.
	 */
	private final BigDecimal limit;

	/** Positions in the baseline of the points whose moving range was screened out. */
	private final List<Integer> screened;

	private ProcessLimits(int count, int ranges, BigDecimal sum, BigDecimal rangeSum, List<Integer> screened) {
		this.count = BigDecimal.valueOf(count);
		this.ranges = BigDecimal.valueOf(ranges);
		this.sum = sum;
		this.rangeSum = rangeSum;
		this.limit = SCALING_HUNDREDTHS.multiply(this.count).multiply(rangeSum);
		this.screened = List.copyOf(screened);
	}

	/** From at least two baseline values; large moving ranges are not screened out. */
	static ProcessLimits of(List<BigDecimal> baseline) {
		return of(baseline, false);
	}

	/**
	 * From at least two baseline values. When screening, a moving range above 3.267 times
	 * the average of them all is left out and the average taken again from the rest,
	 * once, as NHS England's SQL query (a moving range is kept when at most 3.267 times
	 * the average) and NHSRplotthedots do; the mean keeps every value. At least one
	 * moving range is never above the average, so some are always left.
	 */
	static ProcessLimits of(List<BigDecimal> baseline, boolean screen) {
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal rangeSum = BigDecimal.ZERO;
		for (int i = 0; i < baseline.size(); i++) {
			sum = sum.add(baseline.get(i));
			if (i > 0) {
				rangeSum = rangeSum.add(range(baseline, i));
			}
		}
		int ranges = baseline.size() - 1;
		if (!screen) {
			return new ProcessLimits(baseline.size(), ranges, sum, rangeSum, List.of());
		}
		// range > 3.267 × rangeSum / ranges, cross-multiplied so that a range exactly at
		// the screening limit is kept
		BigDecimal reach = SCREENING_THOUSANDTHS.multiply(rangeSum);
		BigDecimal kept = BigDecimal.ZERO;
		List<Integer> screened = new ArrayList<>();
		for (int i = 1; i < baseline.size(); i++) {
			BigDecimal range = range(baseline, i);
			if (range.multiply(BigDecimal.valueOf(ranges)).multiply(THOUSAND).compareTo(reach) > 0) {
				screened.add(i);
			}
			else {
				kept = kept.add(range);
			}
		}
		return new ProcessLimits(baseline.size(), ranges - screened.size(), sum, kept, screened);
	}

	private static BigDecimal range(List<BigDecimal> values, int index) {
		return values.get(index).subtract(values.get(index - 1)).abs();
	}

	/** Positions in the baseline, from 0, of the moving ranges left out by screening. */
	List<Integer> screened() {
		return this.screened;
	}

	/** 1 above the mean, -1 below, 0 exactly on it. */
	int side(BigDecimal value) {
		return distance(value).signum();
	}

	/** 1 above the upper limit, -1 below the lower, 0 on or between them. */
	int beyondLimit(BigDecimal value) {
		return beyond(distance(value), this.limit);
	}

	/** 1 beyond the upper two-sigma line, -1 beyond the lower, 0 otherwise. */
	int beyondTwoSigma(BigDecimal value) {
		return beyond(distance(value).multiply(THREE), this.limit.multiply(TWO));
	}

	boolean atOrBelowLower(BigDecimal value) {
		return distance(value).compareTo(this.limit.negate()) <= 0;
	}

	boolean atOrAboveUpper(BigDecimal value) {
		return distance(value).compareTo(this.limit) >= 0;
	}

	/** False when every baseline value is the same, so the limits are the mean itself. */
	boolean varies() {
		return this.rangeSum.signum() != 0;
	}

	double mean() {
		return this.sum.divide(this.count, MathContext.DECIMAL64).doubleValue();
	}

	double averageMovingRange() {
		return this.rangeSum.divide(this.ranges, MathContext.DECIMAL64).doubleValue();
	}

	double upper() {
		return line(this.limit);
	}

	double lower() {
		return line(this.limit.negate());
	}

	private double line(BigDecimal offset) {
		BigDecimal scale = HUNDRED.multiply(this.count).multiply(this.ranges);
		return this.sum.multiply(HUNDRED)
			.multiply(this.ranges)
			.add(offset)
			.divide(scale, MathContext.DECIMAL64)
			.doubleValue();
	}

	/**
	 * (n × value − sum) × 100 × (n − 1): the distance from the mean multiplied by the
	 * common denominator of the mean and of 2.66 times the average moving range.
	 */
	private BigDecimal distance(BigDecimal value) {
		return this.count.multiply(value).subtract(this.sum).multiply(HUNDRED).multiply(this.ranges);
	}

	private static int beyond(BigDecimal distance, BigDecimal reach) {
		if (distance.compareTo(reach) > 0) {
			return 1;
		}
		return (distance.compareTo(reach.negate()) < 0) ? -1 : 0;
	}

}
