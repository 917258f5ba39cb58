package uk.beacon.indicator;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import uk.beacon.period.Periods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MeasurementTest {

	@Test
	void aRatioGivesAPercentageOrARate() {
		Measurement ratio = ratio("58", "76");

		assertThat(ratio.valueIn(Unit.PERCENT)).isEqualByComparingTo("76.31578947368421");
		assertThat(ratio("70", "10000").valueIn(Unit.RATE_PER_10000)).isEqualByComparingTo("70");
		assertThat(ratio.value()).isNull();
	}

	@Test
	void aValueAndARatioCannotBothBeTyped() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Measurement(null, 1, Periods.parse("30/09/2019"), Fixtures.quarter("Q2 2019/20"),
					BigDecimal.ONE, BigDecimal.ONE, BigDecimal.TEN, false, false, null, null, null, null, 0));
	}

	@Test
	void aNumeratorCannotExceedItsDenominator() {
		assertThatIllegalArgumentException().isThrownBy(() -> ratio("80", "76"));
	}

	@Test
	void aMeasurementNeedsAFigureOrAnAssessedStatus() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Measurement(null, 1, Periods.parse("30/09/2019"),
				Fixtures.quarter("Q2 2019/20"), null, null, null, false, false, null, null, null, null, 0));
	}

	@Test
	void anOverrideNeedsAReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> new StatusOverride(Status.RED, " "));
		assertThatIllegalArgumentException().isThrownBy(() -> new StatusOverride(Status.NO_DATA, "because"));
	}

	private static Measurement ratio(String numerator, String denominator) {
		return new Measurement(null, 1, Periods.parse("30/09/2019"), Fixtures.quarter("Q2 2019/20"), null,
				new BigDecimal(numerator), new BigDecimal(denominator), false, false, null, null, null, null, 0);
	}

}
