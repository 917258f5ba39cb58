package uk.beacon.analytics.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Objects;
import java.util.function.DoubleFunction;

/** Lets the value axis write its tick labels in the indicator's own unit. */
final class ValueFormat extends NumberFormat {

	private final transient DoubleFunction<String> format;

	ValueFormat(DoubleFunction<String> format) {
		this.format = Objects.requireNonNull(format, "format");
	}

	@Override
	public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
		return toAppendTo.append(this.format.apply(number));
	}

	@Override
	public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
		return toAppendTo.append(this.format.apply(number));
	}

	@Override
	public Number parse(String source, ParsePosition parsePosition) {
		throw new UnsupportedOperationException("Chart tick labels are only written, never read");
	}

}
