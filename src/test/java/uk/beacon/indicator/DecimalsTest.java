package uk.beacon.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The digits of a figure read as they did before they were read from the plain digits
 * (issue 18): grouped in thousands, decimals dropped only when all are zero.
 */
class DecimalsTest {

	@Test
	void digitsAreGroupedAndTrailingZeroDecimalsDroppedOnlyWhenAllAreZero() {
		String[] values = { "0", "0.00", "1", "1.00", "72.0", "71.80", "-250", "-0.5", "999", "1000", "1234567.5",
				"1234567.50", "1E+3", "12E+5", "-1234.345", "100000", "0.0001", "12345678901234.5678" };
		for (String text : values) {
			BigDecimal value = new BigDecimal(text);
			for (int places = 0; places <= 4; places++) {
				BigDecimal rounded = Decimals.round(value, places);
				assertThat(Decimals.digits(rounded)).as(text + " to " + places).isEqualTo(asBefore(rounded));
			}
			assertThat(Decimals.digits(value)).as(text).isEqualTo(asBefore(value));
		}
		assertThat(Decimals.digits(new BigDecimal("1234567.50"))).isEqualTo("1,234,567.50");
		assertThat(Decimals.digits(new BigDecimal("-1000.000"))).isEqualTo("1,000");
	}

	// the rule as it was written before
	private static String asBefore(BigDecimal rounded) {
		BigDecimal shown = (Decimals.naturalScale(rounded) == 0) ? rounded.setScale(0, RoundingMode.UNNECESSARY)
				: rounded;
		String plain = shown.abs().toPlainString();
		int point = plain.indexOf('.');
		String whole = (point < 0) ? plain : plain.substring(0, point);
		String fraction = (point < 0) ? "" : plain.substring(point);
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < whole.length(); i++) {
			if (i > 0 && (whole.length() - i) % 3 == 0) {
				grouped.append(',');
			}
			grouped.append(whole.charAt(i));
		}
		return grouped.append(fraction).toString();
	}

}
