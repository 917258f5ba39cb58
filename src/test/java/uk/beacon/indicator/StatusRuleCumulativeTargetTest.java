package uk.beacon.indicator;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.beacon.indicator.StatusInputs.number;
import static uk.beacon.indicator.StatusInputs.value;

class StatusRuleCumulativeTargetTest {

	private static final LocalDate FIRST_OF_2021 = LocalDate.of(2021, 1, 1);

	private static final LocalDate LAST_OF_2021 = LocalDate.of(2021, 12, 31);

	private static StatusInputs visits(String value) {
		return number(value).target("4000000").yearToDate("0.75");
	}

	@Test
	void aYearToDateFigureIsComparedWithTheShareOfTheAnnualTargetExpectedByNow() {
		assertThat(visits("3100000").evaluate())
			.isEqualTo(new StatusAssessment(Status.GREEN, "Green: 3,100,000 is 100,000 above the 3,000,000 expected "
					+ "by this point, three quarters of the annual target of 4,000,000."));
		assertThat(visits("3000000").evaluate().explanation()).isEqualTo(
				"Green: 3,000,000 meets the 3,000,000 expected by this point, three quarters of the annual target of 4,000,000.");
	}

	@Test
	void amberExactlyAtTheEdgeOfAProRatedBand() {
		assertThat(visits("2850000").percentTolerance("5").evaluate())
			.isEqualTo(new StatusAssessment(Status.AMBER, "Amber: 2,850,000 is 150,000 below the 3,000,000 expected "
					+ "by this point, three quarters of the annual target of 4,000,000, within the 5% amber band."));
	}

	@Test
	void theToleranceBandIsAShareOfTheProRatedTarget() {
		// 10% of 3,000,000 is 300,000; 10% of the annual 4,000,000 would have made this
		// amber
		assertThat(visits("2638886").percentTolerance("10").evaluate().status()).isEqualTo(Status.RED);
		assertThat(visits("2700000").percentTolerance("10").evaluate().status()).isEqualTo(Status.AMBER);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			0.25   | 1,000,000 | a quarter of
			0.5    | 2,000,000 | half of
			0.50   | 2,000,000 | half of
			0.3333 | 1,333,200 | 33.3% of
			0.0833 | 333,200   | 8.3% of
			0.9    | 3,600,000 | 90% of
			""")
	void namesTheShareOfTheYear(String fraction, String expected, String share) {
		assertThat(number("0").target("4000000").yearToDate(fraction).evaluate().explanation())
			.isEqualTo("Red: 0 is " + expected + " below the " + expected + " expected by this point, " + share
					+ " the annual target of 4,000,000, with no amber band.");
	}

	@Test
	void atTheEndOfTheYearTheWholeAnnualTargetIsExpected() {
		assertThat(number("3999999").target("4000000").yearToDate("1").evaluate()).isEqualTo(new StatusAssessment(
				Status.RED, "Red: 3,999,999 is 1 below the annual target of 4,000,000, with no amber band."));
	}

	@Test
	void aYearToDateSpendIsProRatedWhenLowerIsBetter() {
		assertThat(value("600000", Unit.CURRENCY_GBP, 0).lowerIsBetter().target("1000000").yearToDate("0.5").evaluate())
			.isEqualTo(new StatusAssessment(Status.RED,
					"Red: £600,000 is £100,000 above the £500,000 expected by this point, "
							+ "half of the annual target of £1,000,000, where lower is better, with no amber band."));
	}

	@Test
	void aProfiledTargetIsComparedForItsOwnPeriod() {
		assertThat(value("164.44", Unit.NUMBER, 2).profile("120", "Q3 2019/20").evaluate()).isEqualTo(
				new StatusAssessment(Status.GREEN, "Green: 164.44 is 44.44 above the Q3 2019/20 profile of 120."));
		assertThat(value("19.94", Unit.NUMBER, 2).profile("25", "Q1 2019/20").percentTolerance("10").evaluate())
			.isEqualTo(new StatusAssessment(Status.RED,
					"Red: 19.94 is 5.06 below the Q1 2019/20 profile of 25, beyond the 10% amber band."));
		assertThat(number("30").profile("30", "Q2 2019/20").evaluate().explanation())
			.isEqualTo("Green: 30 meets the Q2 2019/20 profile of 30.");
	}

	@Test
	void aProfiledTargetIsAlreadyForThePeriodSoItIsNotProRated() {
		assertThat(value("164.44", Unit.NUMBER, 2).profile("120", "Q3 2019/20").yearToDate("0.75").evaluate().status())
			.isEqualTo(Status.GREEN);
		assertThat(number("27").profile("30", "Q2 2019/20").tolerance("3").lowerIsBetter().evaluate().status())
			.isEqualTo(Status.GREEN);
		assertThat(number("33").profile("30", "Q2 2019/20").tolerance("3").lowerIsBetter().evaluate().status())
			.isEqualTo(Status.AMBER);
	}

	@Test
	void aMultiYearTotalExpectsAShareInProportionToTheDaysElapsed() {
		// 365 over the 365 days of 2021: 10 are expected by 10 January
		assertThat(number("9").total("365", FIRST_OF_2021, LAST_OF_2021)
			.tolerance("1")
			.asAt(LocalDate.of(2021, 1, 10))
			.evaluate())
			.isEqualTo(new StatusAssessment(Status.AMBER, "Amber: 9 is 1 below the 10 expected by 10/01/2021 "
					+ "on the way to 365 by 31/12/2021, within the amber band of 1."));
	}

	@Test
	void aMultiYearTotalCountsTheFirstAndLastDays() {
		assertThat(number("1").total("365", FIRST_OF_2021, LAST_OF_2021).asAt(FIRST_OF_2021).evaluate().explanation())
			.isEqualTo("Green: 1 meets the 1 expected by 01/01/2021 on the way to 365 by 31/12/2021.");
		assertThat(number("364").total("365", FIRST_OF_2021, LAST_OF_2021)
			.asAt(LocalDate.of(2021, 12, 30))
			.evaluate()
			.status()).isEqualTo(Status.GREEN);
	}

	@Test
	void aMultiYearTotalIsExpectedInFullFromItsEndDate() {
		assertThat(number("365").total("365", FIRST_OF_2021, LAST_OF_2021).asAt(LAST_OF_2021).evaluate())
			.isEqualTo(new StatusAssessment(Status.GREEN, "Green: 365 meets the target of 365 by 31/12/2021."));
		assertThat(number("300").total("365", FIRST_OF_2021, LAST_OF_2021)
			.asAt(LocalDate.of(2022, 3, 31))
			.evaluate()
			.explanation()).isEqualTo("Red: 300 is 65 below the target of 365 by 31/12/2021, with no amber band.");
	}

	@Test
	void nothingIsExpectedOfAMultiYearTotalBeforeItStarts() {
		assertThat(number("4").total("365", FIRST_OF_2021, LAST_OF_2021)
			.asAt(LocalDate.of(2020, 12, 31))
			.evaluate()
			.explanation())
			.isEqualTo("Green: 4 is 4 above the 0 expected by 31/12/2020 on the way to 365 by 31/12/2021.");
	}

	@Test
	void aMultiYearTotalIsMirroredWhenLowerIsBetter() {
		assertThat(number("12").lowerIsBetter()
			.total("365", FIRST_OF_2021, LAST_OF_2021)
			.asAt(LocalDate.of(2021, 1, 10))
			.evaluate()
			.explanation())
			.isEqualTo("Red: 12 is 2 above the 10 expected by 10/01/2021 on the way to 365 by 31/12/2021, "
					+ "where lower is better, with no amber band.");
	}

	@Test
	void aMultiYearTotalCannotBeRatedWithoutTheEndOfTheDataPeriod() {
		assertThat(number("4").total("150", LocalDate.of(2019, 7, 1), LocalDate.of(2024, 6, 30)).evaluate())
			.isEqualTo(new StatusAssessment(Status.NOT_RATED, "Not rated: 4 cannot be compared with the target of "
					+ "150 by 30/06/2024 because the end of its data period is not known."));
	}

}
