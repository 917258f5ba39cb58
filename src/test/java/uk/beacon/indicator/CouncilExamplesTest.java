package uk.beacon.indicator;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.beacon.indicator.StatusInputs.number;
import static uk.beacon.indicator.StatusInputs.percent;
import static uk.beacon.indicator.StatusInputs.value;

/**
 * The rule applied to figures from the published reports transcribed in
 * src/test/resources/council-reports. The tolerances are not in the reports; each test
 * says which one it assumes.
 */
class CouncilExamplesTest {

	@Test
	void worcestershireSchoolsJudgedGoodOrOutstandingAreRed() {
		assertThat(percent("84").target("86").tolerance("1").evaluate()).isEqualTo(new StatusAssessment(Status.RED,
				"Red: 84% is 2 points below the target of 86%, beyond the 1-point amber band."));
	}

	@Test
	void worcestershireCareLeaversInSuitableAccommodationAreRed() {
		assertThat(percent("76").target("90").tolerance("5").evaluate()).isEqualTo(new StatusAssessment(Status.RED,
				"Red: 76% is 14 points below the target of 90%, beyond the 5-point amber band."));
	}

	@Test
	void worcestershireAttainment8MeetsItsTargetThoughTheCouncilPublishedAmber() {
		// the published AMBER is an officer's judgement, kept as the assessed status
		// elsewhere
		assertThat(value("46.5", Unit.SCORE, 1).target("46.5").tolerance("1").evaluate())
			.isEqualTo(new StatusAssessment(Status.GREEN, "Green: 46.5 meets the target of 46.5."));
	}

	@Test
	void worcestershirePermanentExclusionsAreRedWhereLowerIsBetter() {
		assertThat(value("0.23", Unit.PERCENT, 2).lowerIsBetter().target("0.1").evaluate())
			.isEqualTo(new StatusAssessment(Status.RED,
					"Red: 0.23% is 0.13 points above the target of 0.1%, where lower is better, with no amber band."));
	}

	@Test
	void worcestershireSicknessRatesAreGreenWhereLowerIsBetter() {
		assertThat(value("3.99", Unit.DAYS, 2).lowerIsBetter().target("7").evaluate()).isEqualTo(new StatusAssessment(
				Status.GREEN, "Green: 3.99 days is 3.01 days below the target of 7 days, where lower is better."));
	}

	@Test
	void worcestershireBudgetPositionIsRedWhereLowerIsBetter() {
		assertThat(value("90803000", Unit.CURRENCY_GBP, 0).lowerIsBetter().target("82483000").evaluate())
			.isEqualTo(new StatusAssessment(Status.RED, "Red: £90,803,000 is £8,320,000 above the target of "
					+ "£82,483,000, where lower is better, with no amber band."));
	}

	@Test
	void lancashireLibraryVisitsAreBehindThreeQuartersOfTheAnnualTarget() {
		assertThat(number("2638886").target("4000000").yearToDate("0.75").percentTolerance("5").evaluate())
			.isEqualTo(new StatusAssessment(Status.RED, "Red: 2,638,886 is 361,114 below the 3,000,000 expected by "
					+ "this point, three quarters of the annual target of 4,000,000, beyond the 5% amber band."));
	}

	@Test
	void lancashireBoostJobsAreAheadOfTheQuarterThreeProfile() {
		assertThat(value("164.44", Unit.NUMBER, 2).profile("120", "Q3 2019/20").evaluate()).isEqualTo(
				new StatusAssessment(Status.GREEN, "Green: 164.44 is 44.44 above the Q3 2019/20 profile of 120."));
	}

	@Test
	void lancashireCareHomeAdmissionsAreAboveTheirRangeWhereLowIsGood() {
		// "Good is Low" with a range: only the top of the range matters
		assertThat(value("698.6", Unit.RATE_PER_100000, 1).lowerIsBetter().range("600", "680").evaluate())
			.isEqualTo(new StatusAssessment(Status.RED, "Red: 698.6 per 100,000 is 18.6 per 100,000 above the "
					+ "target range of 600–680 per 100,000, where lower is better, with no amber band."));
	}

	@Test
	void lancashireCareHomeAdmissionsAreAmberWhenTheRangeItselfIsBest() {
		// 5% of 680 is 34 per 100,000
		assertThat(value("698.6", Unit.RATE_PER_100000, 1).withinRange()
			.range("600", "680")
			.percentTolerance("5")
			.evaluate())
			.isEqualTo(new StatusAssessment(Status.AMBER, "Amber: 698.6 per 100,000 is 18.6 per 100,000 above the "
					+ "target range of 600–680 per 100,000, within the 5% amber band."));
	}

	@Test
	void lancashireRosebudLoansAreBehindTheFiveYearTotal() {
		// 184 of the 1,827 days from 01/07/2019 to 30/06/2024 have passed: 15.1 of 150
		// expected
		assertThat(number("4").total("150", LocalDate.of(2019, 7, 1), LocalDate.of(2024, 6, 30))
			.asAt(LocalDate.of(2019, 12, 31))
			.percentTolerance("10")
			.evaluate())
			.isEqualTo(new StatusAssessment(Status.RED, "Red: 4 is 11 below the 15 expected by 31/12/2019 "
					+ "on the way to 150 by 30/06/2024, beyond the 10% amber band."));
	}

	@Test
	void lancashirePrimaryPreferencesCannotBeRatedWithoutABenchmark() {
		assertThat(value("97.9", Unit.PERCENT, 1).quartile(2).evaluate()).isEqualTo(new StatusAssessment(
				Status.NOT_RATED,
				"Not rated: no benchmark quartile is available to compare with the target of quartile 2 or better."));
	}

}
