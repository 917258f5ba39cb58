package uk.beacon.indicator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.beacon.indicator.StatusInputs.value;

class StatusRuleRangeTargetTest {

	private static StatusInputs admissions(String value) {
		return value(value, Unit.RATE_PER_100000, 1).range("600", "680");
	}

	@ParameterizedTest
	@CsvSource({ "WITHIN_RANGE, 600", "WITHIN_RANGE, 650", "WITHIN_RANGE, 680", "HIGHER_IS_BETTER, 640",
			"LOWER_IS_BETTER, 640" })
	void greenInsideTheRangeWhateverThePolarity(Polarity polarity, String value) {
		assertThat(admissions(value).polarity(polarity).tolerance("20").evaluate()).isEqualTo(new StatusAssessment(
				Status.GREEN, "Green: " + value + " per 100,000 is within the target range of 600–680 per 100,000."));
	}

	@Test
	void amberAboveTheRangeWithinTolerance() {
		assertThat(admissions("698.6").withinRange().tolerance("20").evaluate())
			.isEqualTo(new StatusAssessment(Status.AMBER,
					"Amber: 698.6 per 100,000 is 18.6 per 100,000 above the target range of 600–680 per 100,000, "
							+ "within the amber band of 20 per 100,000."));
	}

	@Test
	void amberBelowTheRangeWithinTolerance() {
		assertThat(admissions("590").withinRange().tolerance("20").evaluate()).isEqualTo(new StatusAssessment(
				Status.AMBER, "Amber: 590 per 100,000 is 10 per 100,000 below the target range of 600–680 per 100,000, "
						+ "within the amber band of 20 per 100,000."));
	}

	@Test
	void amberExactlyAtTheEdgeOfTheBandOnEitherSide() {
		assertThat(admissions("700").withinRange().tolerance("20").evaluate().status()).isEqualTo(Status.AMBER);
		assertThat(admissions("580").withinRange().tolerance("20").evaluate().status()).isEqualTo(Status.AMBER);
	}

	@Test
	void redBeyondTheBandOnEitherSide() {
		assertThat(admissions("700.1").withinRange().tolerance("20").evaluate()).isEqualTo(new StatusAssessment(
				Status.RED, "Red: 700.1 per 100,000 is 20.1 per 100,000 above the target range of 600–680 per 100,000, "
						+ "beyond the amber band of 20 per 100,000."));
		assertThat(admissions("579.9").withinRange().tolerance("20").evaluate().status()).isEqualTo(Status.RED);
	}

	@Test
	void redJustOutsideTheRangeWithNoTolerance() {
		assertThat(admissions("680.1").withinRange().evaluate()).isEqualTo(new StatusAssessment(Status.RED,
				"Red: 680.1 per 100,000 is 0.1 per 100,000 above the target range of 600–680 per 100,000, "
						+ "with no amber band."));
	}

	@Test
	void aPercentageToleranceIsAShareOfTheEndThatWasMissed() {
		// 5% of 680 is 34; 5% of 600 is 30
		assertThat(admissions("714").withinRange().percentTolerance("5").evaluate().status()).isEqualTo(Status.AMBER);
		assertThat(admissions("714.1").withinRange().percentTolerance("5").evaluate().status()).isEqualTo(Status.RED);
		assertThat(admissions("570").withinRange().percentTolerance("5").evaluate().status()).isEqualTo(Status.AMBER);
		assertThat(admissions("569.9").withinRange().percentTolerance("5").evaluate().status()).isEqualTo(Status.RED);
	}

	@Test
	void lowerIsBetterComparesWithTheTopOfTheRange() {
		assertThat(admissions("550").lowerIsBetter().tolerance("20").evaluate())
			.isEqualTo(new StatusAssessment(Status.GREEN,
					"Green: 550 per 100,000 is below the target range of 600–680 per 100,000, where lower is better."));
		assertThat(admissions("698.6").lowerIsBetter().tolerance("20").evaluate())
			.isEqualTo(new StatusAssessment(Status.AMBER,
					"Amber: 698.6 per 100,000 is 18.6 per 100,000 above the target range of 600–680 per 100,000, "
							+ "where lower is better, within the amber band of 20 per 100,000."));
		assertThat(admissions("700.1").lowerIsBetter().tolerance("20").evaluate().status()).isEqualTo(Status.RED);
	}

	@Test
	void higherIsBetterComparesWithTheBottomOfTheRange() {
		assertThat(admissions("700").higherIsBetter().tolerance("20").evaluate()).isEqualTo(new StatusAssessment(
				Status.GREEN, "Green: 700 per 100,000 is above the target range of 600–680 per 100,000."));
		assertThat(admissions("590").higherIsBetter().tolerance("20").evaluate()).isEqualTo(new StatusAssessment(
				Status.AMBER, "Amber: 590 per 100,000 is 10 per 100,000 below the target range of 600–680 per 100,000, "
						+ "within the amber band of 20 per 100,000."));
		assertThat(admissions("550").higherIsBetter().tolerance("20").evaluate()).isEqualTo(new StatusAssessment(
				Status.RED, "Red: 550 per 100,000 is 50 per 100,000 below the target range of 600–680 per 100,000, "
						+ "beyond the amber band of 20 per 100,000."));
	}

	@Test
	void comparesTheRangeAsPrinted() {
		assertThat(admissions("680.04").withinRange().evaluate().status()).isEqualTo(Status.GREEN);
		assertThat(admissions("680.05").withinRange().evaluate().status()).isEqualTo(Status.RED);
	}

	@Test
	void aRangeOfOnePointBehavesLikeAValueTarget() {
		assertThat(value("5", Unit.PERCENT, 0).withinRange().range("5", "5").evaluate().explanation())
			.isEqualTo("Green: 5% is within the target range of 5%.");
		assertThat(value("6", Unit.PERCENT, 0).withinRange().range("5", "5").tolerance("1").evaluate().status())
			.isEqualTo(Status.AMBER);
	}

}
