package uk.beacon.indicator;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static uk.beacon.indicator.StatusInputs.number;
import static uk.beacon.indicator.StatusInputs.value;

/**
 * The RAG rule as councils write it: "green on, above or within 5% of target, amber 5–10%
 * short, red beyond".
 */
class StatusRuleGreenToleranceTest {

	/** 75% with the council's rule: green within 5% (3.75 points), amber within 10%. */
	private static StatusInputs againstSeventyFive(String value) {
		return value(value, Unit.PERCENT, 1).target("75").greenPercent("5").percentTolerance("10").councils();
	}

	@Test
	void greenWithinTheCouncilsGreenToleranceBelowTheTarget() {
		assertThat(againstSeventyFive("73.4").evaluate()).isEqualTo(new StatusAssessment(Status.GREEN,
				"Green: 73.4% is 1.6 points below the target of 75%, within the council's 5% green tolerance."));
	}

	@Test
	void theEdgeOfTheGreenToleranceIsStillGreen() {
		// 5% of 75 is 3.75 points: 71.25 is on the edge
		assertThat(value("71.25", Unit.PERCENT, 2).target("75")
			.greenPercent("5")
			.percentTolerance("10")
			.evaluate()
			.status()).isEqualTo(Status.GREEN);
		assertThat(value("71.24", Unit.PERCENT, 2).target("75")
			.greenPercent("5")
			.percentTolerance("10")
			.evaluate()
			.status()).isEqualTo(Status.AMBER);
	}

	@Test
	void amberBeyondTheGreenToleranceAndWithinTheAmber() {
		assertThat(againstSeventyFive("69.5").evaluate()).isEqualTo(new StatusAssessment(Status.AMBER,
				"Amber: 69.5% is 5.5 points below the target of 75%, beyond the council's 5% green tolerance "
						+ "but within its 10% amber tolerance."));
	}

	@Test
	void theAmberToleranceIsCountedFromTheTargetNotFromTheGreenEdge() {
		// 10% of 75 is 7.5 points: 67.5 is amber, 67.4 red
		assertThat(againstSeventyFive("67.5").evaluate().status()).isEqualTo(Status.AMBER);
		assertThat(againstSeventyFive("67.4").evaluate()).isEqualTo(new StatusAssessment(Status.RED,
				"Red: 67.4% is 7.6 points below the target of 75%, beyond the council's 10% amber tolerance."));
	}

	@Test
	void aboveOrOnTheTargetIsGreenWithNothingToSayOfTheTolerance() {
		assertThat(againstSeventyFive("80").evaluate().explanation())
			.isEqualTo("Green: 80% is 5 points above the target of 75%.");
		assertThat(againstSeventyFive("75").evaluate().explanation()).isEqualTo("Green: 75% meets the target of 75%.");
	}

	@Test
	void whenLowerIsBetterTheGreenToleranceIsAboveTheTarget() {
		StatusInputs days = value("7.4", Unit.DAYS, 1).lowerIsBetter().target("7").greenTolerance("0.5").tolerance("1");
		assertThat(days.evaluate()).isEqualTo(new StatusAssessment(Status.GREEN,
				"Green: 7.4 days is 0.4 days above the target of 7 days, where lower is better, "
						+ "within this indicator's 0.5-day green tolerance."));
		assertThat(value("6.6", Unit.DAYS, 1).lowerIsBetter()
			.target("7")
			.greenTolerance("0.5")
			.tolerance("1")
			.evaluate()
			.explanation()).isEqualTo("Green: 6.6 days is 0.4 days below the target of 7 days, where lower is better.");
		assertThat(value("7.8", Unit.DAYS, 1).lowerIsBetter()
			.target("7")
			.greenTolerance("0.5")
			.tolerance("1")
			.evaluate()
			.explanation())
			.isEqualTo("Amber: 7.8 days is 0.8 days above the target of 7 days, where lower is better, "
					+ "beyond this indicator's 0.5-day green tolerance but within its 1-day amber tolerance.");
	}

	@Test
	void withinARangeIsBestHasTheGreenToleranceOnBothSides() {
		StatusInputs over = number("103").withinRange().target("100").greenPercent("5").percentTolerance("10");
		StatusInputs under = number("97").withinRange().target("100").greenPercent("5").percentTolerance("10");
		assertThat(over.evaluate().status()).isEqualTo(Status.GREEN);
		assertThat(under.evaluate().status()).isEqualTo(Status.GREEN);
		assertThat(number("108").withinRange().target("100").greenPercent("5").percentTolerance("10").evaluate())
			.extracting(StatusAssessment::status)
			.isEqualTo(Status.AMBER);
	}

	@Test
	void aRangeTargetHasTheGreenToleranceBeyondTheEndItMisses() {
		// 5% of the low end, 600, is 30
		assertThat(number("580").lowerIsBetter()
			.range("600", "680")
			.greenPercent("5")
			.percentTolerance("10")
			.evaluate()
			.status()).isEqualTo(Status.GREEN);
		assertThat(number("575").range("600", "680").greenPercent("5").percentTolerance("10").councils().evaluate())
			.isEqualTo(new StatusAssessment(Status.GREEN,
					"Green: 575 is 25 below the target range of 600–680, within the council's 5% green tolerance."));
		assertThat(number("569").range("600", "680").greenPercent("5").percentTolerance("10").evaluate().status())
			.isEqualTo(Status.AMBER);
		// 5% of the high end, 680, is 34
		assertThat(number("714").withinRange().range("600", "680").greenPercent("5").evaluate().status())
			.isEqualTo(Status.GREEN);
	}

	@Test
	void aGreenToleranceWithNoAmberBandIsRedBeyondIt() {
		assertThat(value("72", Unit.PERCENT, 0).target("75").greenTolerance("2").evaluate())
			.isEqualTo(new StatusAssessment(Status.RED, "Red: 72% is 3 points below the target of 75%, beyond "
					+ "this indicator's 2-point green tolerance, with no amber band."));
	}

	@Test
	void anAmberToleranceInOtherTermsThatReachesNoFurtherGivesNoAmberBand() {
		// green within 2 points, amber within 1% (0.75 points): nothing is amber
		assertThat(value("72.5", Unit.PERCENT, 1).target("75").greenTolerance("2").percentTolerance("1").evaluate())
			.isEqualTo(new StatusAssessment(Status.RED, "Red: 72.5% is 2.5 points below the target of 75%, beyond "
					+ "this indicator's 2-point green tolerance, with no amber band."));
	}

	@Test
	void theCouncilsAmberOnlyRuleSaysItIsTheCouncilsAndNoRuleAtAllReadsAsBefore() {
		assertThat(value("85", Unit.PERCENT, 0).target("86").tolerance("1").councils().evaluate())
			.isEqualTo(new StatusAssessment(Status.AMBER,
					"Amber: 85% is 1 point below the target of 86%, within the council's 1-point amber band."));
		assertThat(value("85", Unit.PERCENT, 0).target("86").councils().evaluate().explanation())
			.isEqualTo("Red: 85% is 1 point below the target of 86%, with no amber band.");
	}

	@Test
	void aYearToDateTargetHasItsToleranceAsAShareOfWhatIsExpectedByThen() {
		// three quarters of 4,000 is 3,000; 5% of that is 150
		assertThat(number("2850").target("4000").yearToDate("0.75").greenPercent("5").evaluate().status())
			.isEqualTo(Status.GREEN);
		assertThat(number("2849").target("4000").yearToDate("0.75").greenPercent("5").evaluate().status())
			.isEqualTo(Status.RED);
	}

	@Test
	void aQuartileTargetKeepsItsOwnRule() {
		assertThat(number("10").quartile(2)
			.benchmarkQuartile(3)
			.greenPercent("50")
			.percentTolerance("90")
			.evaluate()
			.status()).isEqualTo(Status.AMBER);
	}

	@Test
	void namesTheToleranceInTheIndicatorsUnit() {
		assertThat(value("995", Unit.CURRENCY_GBP, 0).target("1000").greenTolerance("10").evaluate().explanation())
			.endsWith("within this indicator's £10 green tolerance.");
		assertThat(number("95").target("100").greenTolerance("10").evaluate().explanation())
			.isEqualTo("Green: 95 is 5 below the target of 100, within this indicator's green tolerance of 10.");
	}

	@Test
	void anAmberToleranceNarrowerThanTheGreenIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RagRule.own(Tolerance.percentage(new BigDecimal("10")),
					Tolerance.percentage(new BigDecimal("5"))))
			.withMessageContaining("must reach further than the green tolerance");
		assertThat(RagRule.own(Tolerance.percentage(new BigDecimal("5")), Tolerance.none()).amber())
			.isEqualTo(Tolerance.none());
	}

	@Test
	void aRuleSaysWhatItIsInWords() {
		assertThat(RagRule.council(Tolerance.percentage(new BigDecimal("5")), Tolerance.percentage(BigDecimal.TEN))
			.summary()).isEqualTo("green within 5% of the target, amber within 10%");
		assertThat(RagRule.none().summary()).isEqualTo("green on the target or better, no amber band");
	}

}
