package uk.beacon.indicator;

import org.junit.jupiter.api.Test;

import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.Period;
import uk.beacon.period.PeriodKind;

import static org.assertj.core.api.Assertions.assertThat;

class DuePeriodsTest {

	private static final FinancialQuarter Q2 = new FinancialQuarter(2019, 2);

	@Test
	void aQuarterlyIndicatorOwesTheQuarterItsLagEndsIn() {
		assertThat(labels(indicator(Frequency.QUARTERLY, 0), Q2)).containsExactly("Q2 2019/20");
		assertThat(labels(indicator(Frequency.QUARTERLY, 1), Q2)).containsExactly("Q1 2019/20");
		assertThat(labels(indicator(Frequency.QUARTERLY, 3), Q2)).containsExactly("Q1 2019/20");
		assertThat(labels(indicator(Frequency.QUARTERLY, 6), Q2)).containsExactly("Q4 2018/19");
	}

	@Test
	void aMonthlyIndicatorOwesThreeMonths() {
		assertThat(labels(indicator(Frequency.MONTHLY, 0), Q2)).containsExactly("Jul 2019", "Aug 2019", "Sep 2019");
		assertThat(labels(indicator(Frequency.MONTHLY, 1), Q2)).containsExactly("Jun 2019", "Jul 2019", "Aug 2019");
	}

	@Test
	void anAnnualIndicatorOwesItsYearInTheQuarterTheYearAndLagEnd() {
		Indicator annual = indicator(Frequency.ANNUAL, 0);
		assertThat(labels(annual, new FinancialQuarter(2019, 4))).containsExactly("2019/20");
		assertThat(labels(annual, Q2)).isEmpty();
		assertThat(DuePeriods.of(annual, Q2, PeriodKind.ACADEMIC_YEAR)).extracting(Period::label)
			.containsExactly("academic year 2018/19");
		assertThat(
				DuePeriods.of(indicator(Frequency.ANNUAL, 3), new FinancialQuarter(2020, 1), PeriodKind.FINANCIAL_YEAR))
			.extracting(Period::label)
			.containsExactly("2019/20");
	}

	@Test
	void anIrregularIndicatorIsNeverRequested() {
		assertThat(labels(indicator(Frequency.IRREGULAR, 0), Q2)).isEmpty();
	}

	private static java.util.List<String> labels(Indicator indicator, FinancialQuarter quarter) {
		return DuePeriods.of(indicator, quarter, PeriodKind.FINANCIAL_YEAR).stream().map(Period::label).toList();
	}

	private static Indicator indicator(Frequency frequency, int lag) {
		return new Indicator(1L, "X", "X", null, 1, Unit.NUMBER, 0, Polarity.HIGHER_IS_BETTER, frequency,
				Accumulation.SNAPSHOT, lag, Comparison.PREVIOUS_PERIOD, null, null, null, true, null, 0);
	}

}
