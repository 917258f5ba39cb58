package uk.beacon.indicator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.beacon.indicator.StatusInputs.number;
import static uk.beacon.indicator.StatusInputs.percent;
import static uk.beacon.indicator.StatusInputs.value;

class StatusRuleValueTargetTest {

	@Test
	void greenWhenMeetingTheTarget() {
		assertThat(percent("86").target("86").tolerance("1").evaluate())
			.isEqualTo(new StatusAssessment(Status.GREEN, "Green: 86% meets the target of 86%."));
	}

	@Test
	void greenWhenAboveTheTargetAndHigherIsBetter() {
		assertThat(value("72", Unit.PERCENT, 1).target("71.8").evaluate().explanation())
			.isEqualTo("Green: 72% is 0.2 points above the target of 71.8%.");
	}

	@Test
	void amberWhenBelowTargetWithinTolerance() {
		assertThat(percent("90").target("95").tolerance("6").evaluate()).isEqualTo(new StatusAssessment(Status.AMBER,
				"Amber: 90% is 5 points below the target of 95%, within the 6-point amber band."));
	}

	@Test
	void amberExactlyAtTheEdgeOfTheBand() {
		assertThat(percent("90").target("95").tolerance("5").evaluate()).isEqualTo(new StatusAssessment(Status.AMBER,
				"Amber: 90% is 5 points below the target of 95%, within the 5-point amber band."));
		assertThat(percent("85").target("86").tolerance("1").evaluate().explanation())
			.isEqualTo("Amber: 85% is 1 point below the target of 86%, within the 1-point amber band.");
	}

	@Test
	void redWhenBelowTargetByMoreThanTolerance() {
		assertThat(percent("84").target("86").tolerance("1").evaluate()).isEqualTo(new StatusAssessment(Status.RED,
				"Red: 84% is 2 points below the target of 86%, beyond the 1-point amber band."));
	}

	@Test
	void redJustBeyondTheEdgeOfTheBand() {
		assertThat(value("7.51", Unit.DAYS, 2).lowerIsBetter().target("7").tolerance("0.5").evaluate())
			.isEqualTo(new StatusAssessment(Status.RED, "Red: 7.51 days is 0.51 days above the target of 7 days, "
					+ "where lower is better, beyond the 0.5-day amber band."));
	}

	@Test
	void zeroToleranceMeansAnythingShortIsRed() {
		assertThat(percent("85").target("86").tolerance("0").evaluate()).isEqualTo(
				new StatusAssessment(Status.RED, "Red: 85% is 1 point below the target of 86%, with no amber band."));
		assertThat(percent("85").target("86").evaluate().status()).isEqualTo(Status.RED);
	}

	@Test
	void aPercentageToleranceIsAShareOfTheTarget() {
		// 5% of 95 is 4.75 points: 91 is inside the band, 90 is not
		assertThat(percent("91").target("95").percentTolerance("5").evaluate()).isEqualTo(new StatusAssessment(
				Status.AMBER, "Amber: 91% is 4 points below the target of 95%, within the 5% amber band."));
		assertThat(percent("90").target("95").percentTolerance("5").evaluate()).isEqualTo(new StatusAssessment(
				Status.RED, "Red: 90% is 5 points below the target of 95%, beyond the 5% amber band."));
	}

	@Test
	void greenWhenBelowTheTargetAndLowerIsBetter() {
		assertThat(value("3.99", Unit.DAYS, 2).lowerIsBetter().target("7").tolerance("0.5").evaluate())
			.isEqualTo(new StatusAssessment(Status.GREEN,
					"Green: 3.99 days is 3.01 days below the target of 7 days, where lower is better."));
	}

	@Test
	void greenWhenMeetingTheTargetAndLowerIsBetter() {
		assertThat(value("7", Unit.DAYS, 2).lowerIsBetter().target("7").evaluate().explanation())
			.isEqualTo("Green: 7 days meets the target of 7 days.");
	}

	@Test
	void amberWhenAboveTargetWithinToleranceAndLowerIsBetter() {
		assertThat(value("7.5", Unit.DAYS, 2).lowerIsBetter().target("7").tolerance("0.5").evaluate())
			.isEqualTo(new StatusAssessment(Status.AMBER, "Amber: 7.50 days is 0.50 days above the target of 7 days, "
					+ "where lower is better, within the 0.5-day amber band."));
	}

	@Test
	void redWhenAboveTargetWithNoBandAndLowerIsBetter() {
		assertThat(value("0.23", Unit.PERCENT, 2).lowerIsBetter().target("0.1").evaluate())
			.isEqualTo(new StatusAssessment(Status.RED,
					"Red: 0.23% is 0.13 points above the target of 0.1%, where lower is better, with no amber band."));
	}

	@Test
	void underWithinRangeAValueTargetIsARangeOfOnePoint() {
		assertThat(number("4").withinRange().target("4").tolerance("1").evaluate())
			.isEqualTo(new StatusAssessment(Status.GREEN, "Green: 4 meets the target of 4."));
		assertThat(number("5").withinRange().target("4").tolerance("1").evaluate())
			.isEqualTo(new StatusAssessment(Status.AMBER,
					"Amber: 5 is 1 above the target of 4, where on target is best, within the amber band of 1."));
		assertThat(number("3").withinRange().target("4").tolerance("1").evaluate())
			.isEqualTo(new StatusAssessment(Status.AMBER,
					"Amber: 3 is 1 below the target of 4, where on target is best, within the amber band of 1."));
		assertThat(number("6").withinRange().target("4").tolerance("1").evaluate()).isEqualTo(new StatusAssessment(
				Status.RED, "Red: 6 is 2 above the target of 4, where on target is best, beyond the amber band of 1."));
		assertThat(number("2").withinRange().target("4").evaluate()).isEqualTo(new StatusAssessment(Status.RED,
				"Red: 2 is 2 below the target of 4, where on target is best, with no amber band."));
	}

	@Test
	void comparesValuesAsPrintedSoDisplayNoiseCannotFlipAStatus() {
		assertThat(value("71.96", Unit.PERCENT, 1).target("72").evaluate())
			.isEqualTo(new StatusAssessment(Status.GREEN, "Green: 72% meets the target of 72%."));
		assertThat(percent("85.5").target("86").evaluate().status()).isEqualTo(Status.GREEN);
		assertThat(percent("85.49").target("86").evaluate().status()).isEqualTo(Status.RED);
	}

	@Test
	void roundsATargetMorePreciseThanTheIndicatorBeforeComparing() {
		assertThat(percent("86").target("85.5").evaluate())
			.isEqualTo(new StatusAssessment(Status.GREEN, "Green: 86% meets the target of 86%."));
	}

	@Test
	void namesABandInTheIndicatorsUnit() {
		assertThat(value("90803000", Unit.CURRENCY_GBP, 0).lowerIsBetter()
			.target("82483000")
			.tolerance("500000")
			.evaluate()
			.explanation())
			.isEqualTo("Red: £90,803,000 is £8,320,000 above the target of £82,483,000, where lower is better, "
					+ "beyond the £500,000 amber band.");
		assertThat(value("75", Unit.RATE_PER_10000, 0).target("80").tolerance("10").evaluate().explanation())
			.isEqualTo("Amber: 75 per 10,000 is 5 per 10,000 below the target of 80 per 10,000, "
					+ "within the amber band of 10 per 10,000.");
		assertThat(value("700", Unit.FTE, 2).target("712.5").tolerance("12.5").evaluate().explanation())
			.isEqualTo("Amber: 700 FTE is 12.50 below the target of 712.5 FTE, within the amber band of 12.5.");
		assertThat(percent("85").target("86").tolerance("1.5").evaluate().explanation())
			.isEqualTo("Amber: 85% is 1 point below the target of 86%, within the 1.5-point amber band.");
		assertThat(percent("85").target("86").percentTolerance("2.5").evaluate().explanation())
			.isEqualTo("Amber: 85% is 1 point below the target of 86%, within the 2.5% amber band.");
	}

	@Test
	void handlesNegativeFigures() {
		assertThat(value("-1.48", Unit.NUMBER, 2).target("-1").evaluate()).isEqualTo(
				new StatusAssessment(Status.RED, "Red: -1.48 is 0.48 below the target of -1, with no amber band."));
		assertThat(value("-1.48", Unit.NUMBER, 2).lowerIsBetter().target("-1").evaluate())
			.isEqualTo(new StatusAssessment(Status.GREEN,
					"Green: -1.48 is 0.48 below the target of -1, where lower is better."));
		// 10% of a target of -1 is a band of 0.1 either way
		assertThat(value("-1.1", Unit.NUMBER, 1).target("-1").percentTolerance("10").evaluate().status())
			.isEqualTo(Status.AMBER);
	}

	@Test
	void aTargetOfZeroWithAPercentageToleranceHasNoBand() {
		assertThat(number("1").lowerIsBetter().target("0").percentTolerance("10").evaluate())
			.isEqualTo(new StatusAssessment(Status.RED,
					"Red: 1 is 1 above the target of 0, where lower is better, with no amber band."));
	}

}
