package uk.beacon.analytics.chart;

import java.util.function.DoubleFunction;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;

/**
 * Steps for the value axis no finer than the indicator's format writes: when the format
 * rounds to whole numbers, a tick at 82.5 would be labelled "83%", so steps of 2.5 are
 * passed over for 5.
 */
final class ValueTicks implements TickUnitSource {

	private final TickUnitSource standard = NumberAxis.createStandardTickUnits();

	private final double resolution;

	ValueTicks(DoubleFunction<String> format) {
		this.resolution = resolution(format);
	}

	@Override
	public TickUnit getLargerTickUnit(TickUnit unit) {
		return written(this.standard.getLargerTickUnit(unit));
	}

	@Override
	public TickUnit getCeilingTickUnit(TickUnit unit) {
		return getCeilingTickUnit(unit.getSize());
	}

	@Override
	public TickUnit getCeilingTickUnit(double size) {
		return written(this.standard.getCeilingTickUnit(size));
	}

	/**
	 * The smallest power of ten the format writes differently from zero: 0.01 for
	 * "84.19%", 1 for "84%", 100,000 for "£1.2m".
	 */
	static double resolution(DoubleFunction<String> format) {
		String zero = format.apply(0);
		for (int exponent = -6; exponent <= 12; exponent++) {
			double step = Math.pow(10, exponent);
			if (!format.apply(step).equals(zero)) {
				return step;
			}
		}
		return Math.pow(10, -6);
	}

	private TickUnit written(TickUnit unit) {
		TickUnit candidate = unit;
		while (!isWholeNumberOfResolutions(candidate.getSize())) {
			TickUnit larger = this.standard.getLargerTickUnit(candidate);
			if (larger.getSize() <= candidate.getSize()) {
				break;
			}
			candidate = larger;
		}
		return candidate;
	}

	private boolean isWholeNumberOfResolutions(double size) {
		double resolutions = size / this.resolution;
		return Math.rint(resolutions) >= 1 && Math.abs(resolutions - Math.rint(resolutions)) < 1e-6;
	}

}
