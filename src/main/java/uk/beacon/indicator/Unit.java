package uk.beacon.indicator;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an indicator's figures count, and how a council prints them: "84%", "£90,803,000",
 * "70 per 10,000", "3.99 days".
 */
public enum Unit {

	PERCENT("percent", "%", 100),

	NUMBER("number", "number", 1),

	CURRENCY_GBP("currency_gbp", "£", 1),

	RATE_PER_1000("rate_per_1000", "per 1,000", 1000),

	RATE_PER_10000("rate_per_10000", "per 10,000", 10000),

	RATE_PER_100000("rate_per_100000", "per 100,000", 100000),

	DAYS("days", "days", 1),

	SCORE("score", "score", 1),

	FTE("fte", "FTE", 1);

	private final String code;

	private final String label;

	private final BigDecimal scale;

	Unit(String code, String label, int scale) {
		this.code = code;
		this.label = label;
		this.scale = BigDecimal.valueOf(scale);
	}

	public static Unit fromCode(String code) {
		String wanted = (code != null) ? code.trim().toLowerCase(Locale.ROOT) : "";
		return Arrays.stream(values())
			.filter((unit) -> unit.code.equals(wanted))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not a unit Beacon knows: use one of "
					+ Arrays.stream(values()).map(Unit::code).collect(Collectors.joining(", "))));
	}

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The multiplier that turns a numerator over a denominator into this unit, so that
	 * "58 of 76" is stored once and the 76% derived.
	 */
	public BigDecimal scale() {
		return this.scale;
	}

	public String format(BigDecimal value, int decimalPlaces) {
		BigDecimal rounded = Decimals.round(value, decimalPlaces);
		String sign = (rounded.signum() < 0) ? "-" : "";
		String digits = Decimals.digits(rounded);
		return switch (this) {
			case CURRENCY_GBP -> sign + "£" + digits;
			case NUMBER, SCORE -> sign + digits;
			default -> sign + digits + suffix(Decimals.isOne(rounded));
		};
	}

	/**
	 * A gap between two figures: a gap between percentages is in points ("2 points below
	 * the target of 86%"), never a percentage of a percentage.
	 */
	public String formatDifference(BigDecimal difference, int decimalPlaces) {
		BigDecimal rounded = Decimals.round(difference, decimalPlaces);
		String sign = (rounded.signum() < 0) ? "-" : "";
		return switch (this) {
			case PERCENT -> sign + Decimals.digits(rounded) + (Decimals.isOne(rounded) ? " point" : " points");
			case NUMBER, SCORE, FTE -> sign + Decimals.digits(rounded);
			default -> format(difference, decimalPlaces);
		};
	}

	/** "600–680 per 100,000", "£1,000–£2,000": the unit is printed once, at the end. */
	String formatRange(BigDecimal low, int lowDecimalPlaces, BigDecimal high, int highDecimalPlaces) {
		String from = (this == CURRENCY_GBP) ? format(low, lowDecimalPlaces) : NUMBER.format(low, lowDecimalPlaces);
		return from + "–" + format(high, highDecimalPlaces);
	}

	private String suffix(boolean one) {
		return switch (this) {
			case PERCENT -> "%";
			case DAYS -> one ? " day" : " days";
			case NUMBER, SCORE, CURRENCY_GBP -> "";
			default -> " " + this.label;
		};
	}

}
