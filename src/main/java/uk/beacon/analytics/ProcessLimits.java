package uk.beacon.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
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

	private final BigDecimal count;

	private final BigDecimal ranges;

	private final BigDecimal sum;

	private final BigDecimal rangeSum;

	/**
	 * 266 × n × (sum of moving ranges): the limit distance on the scale of
	 * {@link #distance}.
	 */
	private final BigDecimal limit;

	private ProcessLimits(int count, BigDecimal sum, BigDecimal rangeSum) {
		this.count = BigDecimal.valueOf(count);
		this.ranges = BigDecimal.valueOf(count - 1L);
		this.sum = sum;
		this.rangeSum = rangeSum;
		this.limit = SCALING_HUNDREDTHS.multiply(this.count).multiply(rangeSum);
	}

	/** From at least two baseline values; large moving ranges are not screened out. */
	static ProcessLimits of(List<BigDecimal> baseline) {
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal rangeSum = BigDecimal.ZERO;
		for (int i = 0; i < baseline.size(); i++) {
			sum = sum.add(baseline.get(i));
			if (i > 0) {
				rangeSum = rangeSum.add(baseline.get(i).subtract(baseline.get(i - 1)).abs());
			}
		}
		return new ProcessLimits(baseline.size(), sum, rangeSum);
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
