package uk.beacon.indicator;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UnitTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			PERCENT         | 84         | 0 | 84%
			CURRENCY_GBP    | 90803000   | 0 | £90,803,000
			RATE_PER_10000  | 70         | 0 | 70 per 10,000
			DAYS            | 3.99       | 2 | 3.99 days
			FTE             | 712.89     | 2 | 712.89 FTE
			SCORE           | 4.4        | 1 | 4.4
			NUMBER          | 1642317    | 0 | 1,642,317
			RATE_PER_1000   | 5.2        | 1 | 5.2 per 1,000
			RATE_PER_100000 | 698.6      | 1 | 698.6 per 100,000
			""")
	void formatsAsTheCouncilPrints(Unit unit, String value, int decimalPlaces, String expected) {
		assertThat(unit.format(new BigDecimal(value), decimalPlaces)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			72       | 1 | 72%
			72.0     | 1 | 72%
			71.8     | 1 | 71.8%
			71.80    | 2 | 71.80%
			71.8     | 2 | 71.80%
			71.96    | 1 | 72%
			0.125    | 2 | 0.13%
			0.124    | 2 | 0.12%
			83.99    | 0 | 84%
			0.004    | 2 | 0%
			""")
	void roundsHalfUpAndDropsDecimalsOnlyWhenAllAreZero(String value, int decimalPlaces, String expected) {
		assertThat(Unit.PERCENT.format(new BigDecimal(value), decimalPlaces)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			NUMBER       | 0          | 0 | 0
			NUMBER       | 999        | 0 | 999
			NUMBER       | 1000       | 0 | 1,000
			NUMBER       | 999999.5   | 0 | 1,000,000
			NUMBER       | 12345678.9 | 1 | 12,345,678.9
			NUMBER       | 1234.5678  | 3 | 1,234.568
			CURRENCY_GBP | 11250000   | 0 | £11,250,000
			CURRENCY_GBP | 1234.5     | 2 | £1,234.50
			""")
	void groupsThousandsWithCommas(Unit unit, String value, int decimalPlaces, String expected) {
		assertThat(unit.format(new BigDecimal(value), decimalPlaces)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			NUMBER         | -1.48     | 2 | -1.48
			PERCENT        | -1.48     | 2 | -1.48%
			CURRENCY_GBP   | -8320000  | 0 | -£8,320,000
			DAYS           | -0.99     | 2 | -0.99 days
			RATE_PER_10000 | -1234     | 0 | -1,234 per 10,000
			NUMBER         | -0.004    | 2 | 0
			NUMBER         | -0.005    | 2 | -0.01
			""")
	void printsNegativeNumbersWithALeadingMinus(Unit unit, String value, int decimalPlaces, String expected) {
		assertThat(unit.format(new BigDecimal(value), decimalPlaces)).isEqualTo(expected);
	}

	@Test
	void saysOneDayNotOneDays() {
		assertThat(Unit.DAYS.format(BigDecimal.ONE, 0)).isEqualTo("1 day");
		assertThat(Unit.DAYS.format(new BigDecimal("1.00"), 2)).isEqualTo("1 day");
		assertThat(Unit.DAYS.format(new BigDecimal("1.01"), 2)).isEqualTo("1.01 days");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			PERCENT         | 2        | 0 | 2 points
			PERCENT         | 1        | 0 | 1 point
			PERCENT         | 1.0      | 1 | 1 point
			PERCENT         | 0.2      | 1 | 0.2 points
			PERCENT         | 0.13     | 2 | 0.13 points
			PERCENT         | 0.96     | 0 | 1 point
			CURRENCY_GBP    | 8320000  | 0 | £8,320,000
			DAYS            | 0.99     | 2 | 0.99 days
			DAYS            | 1        | 0 | 1 day
			RATE_PER_10000  | 10       | 0 | 10 per 10,000
			RATE_PER_100000 | 18.6     | 1 | 18.6 per 100,000
			NUMBER          | 361114   | 0 | 361,114
			SCORE           | 0.5      | 1 | 0.5
			FTE             | 10.25    | 2 | 10.25
			""")
	void formatsDifferencesInTheUnitsAReaderExpects(Unit unit, String difference, int decimalPlaces, String expected) {
		assertThat(unit.formatDifference(new BigDecimal(difference), decimalPlaces)).isEqualTo(expected);
	}

	@Test
	void aDifferenceInPercentagesIsInPointsEvenWhenNegative() {
		assertThat(Unit.PERCENT.formatDifference(new BigDecimal("-1"), 0)).isEqualTo("-1 point");
		assertThat(Unit.PERCENT.formatDifference(new BigDecimal("-2.5"), 1)).isEqualTo("-2.5 points");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			PERCENT         | %           | percent         | 100
			NUMBER          | number      | number          | 1
			CURRENCY_GBP    | £           | currency_gbp    | 1
			RATE_PER_1000   | per 1,000   | rate_per_1000   | 1000
			RATE_PER_10000  | per 10,000  | rate_per_10000  | 10000
			RATE_PER_100000 | per 100,000 | rate_per_100000 | 100000
			DAYS            | days        | days            | 1
			SCORE           | score       | score           | 1
			FTE             | FTE         | fte             | 1
			""")
	void hasALabelACodeAndAScale(Unit unit, String label, String code, int scale) {
		assertThat(unit.label()).isEqualTo(label);
		assertThat(unit.code()).isEqualTo(code);
		assertThat(unit.scale()).isEqualByComparingTo(BigDecimal.valueOf(scale));
	}

	@ParameterizedTest
	@EnumSource(Unit.class)
	void isFoundByItsCode(Unit unit) {
		assertThat(Unit.fromCode(unit.code())).isEqualTo(unit);
	}

	@Test
	void toleratesSpacesAndCapitalsInACode() {
		assertThat(Unit.fromCode(" Rate_Per_10000 ")).isEqualTo(Unit.RATE_PER_10000);
	}

	@Test
	void rejectsAnUnknownCodeNamingTheCodesItKnows() {
		assertThatIllegalArgumentException().isThrownBy(() -> Unit.fromCode("count"))
			.withMessage("'count' is not a unit Beacon knows: use one of percent, number, currency_gbp, "
					+ "rate_per_1000, rate_per_10000, rate_per_100000, days, score, fte");
		assertThatIllegalArgumentException().isThrownBy(() -> Unit.fromCode(null));
	}

	@Test
	void derivesAPercentageFromANumeratorAndDenominator() {
		BigDecimal derived = new BigDecimal("58").multiply(Unit.PERCENT.scale())
			.divide(new BigDecimal("76"), 10, java.math.RoundingMode.HALF_UP);
		assertThat(Unit.PERCENT.format(derived, 0)).isEqualTo("76%");
	}

	@Test
	void rejectsNegativeOrAbsurdDecimalPlaces() {
		assertThatIllegalArgumentException().isThrownBy(() -> Unit.NUMBER.format(BigDecimal.ONE, -1))
			.withMessage("Decimal places must be between 0 and 10, not -1");
		assertThatIllegalArgumentException().isThrownBy(() -> Unit.NUMBER.format(BigDecimal.ONE, 11));
	}

}
