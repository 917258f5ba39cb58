package uk.beacon.analytics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UkFiguresTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			3518514.6667 | 3,518,514.67
			2638886      | 2,638,886
			19.94        | 19.94
			0.5          | 0.5
			1234.50      | 1,234.5
			1.005        | 1.01
			0.125        | 0.13
			-1234.567    | -1,234.57
			-0.001       | 0
			0            | 0
			1000000      | 1,000,000
			""")
	void printsWithThousandsSeparatorsAndAtMostTwoDecimalsWithoutTrailingZeros(double value, String printed) {
		assertThat(UkFigures.format(value)).isEqualTo(printed);
	}

	@Test
	void roundsToTheDecimalsAskedFor() {
		assertThat(UkFigures.format(3518514.6667, 0)).isEqualTo("3,518,515");
		assertThat(UkFigures.format(244.96000000000004, 2)).isEqualTo("244.96");
		assertThat(UkFigures.format(2.5, 0)).isEqualTo("3");
		assertThat(UkFigures.format(-2.5, 0)).isEqualTo("-3");
	}

	@Test
	void theShownValueIsTheRoundedOne() {
		assertThat(UkFigures.shown(99.99987, 0)).isEqualTo(100.0);
		assertThat(UkFigures.shown(3518514.6667, 0)).isEqualTo(3518515.0);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			0.7    | 70%
			0.75   | 75%
			0.333  | 33.3%
			0.0833 | 8.33%
			1      | 100%
			""")
	void printsAShareAsAPercentage(double fraction, String printed) {
		assertThat(UkFigures.percent(fraction)).isEqualTo(printed);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2638886 | 0
			19.94   | 2
			164.4   | 1
			117.0   | 0
			0.125   | 2
			""")
	void countsTheDecimalsAFigureCarriesUpToTwo(double value, int decimals) {
		assertThat(UkFigures.decimalsOf(value)).isEqualTo(decimals);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1   | 1st
			2   | 2nd
			3   | 3rd
			4   | 4th
			11  | 11th
			12  | 12th
			13  | 13th
			21  | 21st
			22  | 22nd
			23  | 23rd
			101 | 101st
			111 | 111th
			152 | 152nd
			""")
	void namesOrdinalsAsALeagueTableDoes(int n, String ordinal) {
		assertThat(UkFigures.ordinal(n)).isEqualTo(ordinal);
	}

	@Test
	void refusesSomethingThatIsNotANumber() {
		assertThatIllegalArgumentException().isThrownBy(() -> UkFigures.format(Double.NaN));
		assertThatIllegalArgumentException().isThrownBy(() -> UkFigures.format(Double.POSITIVE_INFINITY));
	}

}
