package uk.beacon.indicator;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.beacon.indicator.Fixtures.measurement;
import static uk.beacon.indicator.Fixtures.percent;
import static uk.beacon.indicator.Fixtures.quarter;
import static uk.beacon.indicator.Fixtures.value;

class PerformanceEvaluatorTest {

	private static final Indicator HIGHER = percent(Polarity.HIGHER_IS_BETTER);

	private static final List<IndicatorTarget> TARGET_90 = List
		.of(value("90", "Q1 2019/20", "Q4 2019/20", Tolerance.absolute(new BigDecimal("2"))));

	@Test
	void takesTheLatestValueReportedUpToThePeriodAndIgnoresLaterOnes() {
		List<Measurement> history = List.of(measurement("Q1 2019/20", "Q1 2019/20", "91"),
				measurement("Q2 2019/20", "Q2 2019/20", "89"), measurement("Q3 2019/20", "Q3 2019/20", "70"));

		Performance q2 = PerformanceEvaluator.evaluate(HIGHER, history, TARGET_90, List.of(), quarter("Q2 2019/20"));

		assertThat(q2.value()).isEqualByComparingTo("89");
		assertThat(q2.updatedThisPeriod()).isTrue();
		assertThat(q2.rule().status()).isEqualTo(Status.AMBER);
		assertThat(q2.assessed()).isEqualTo(Status.AMBER);
		assertThat(q2.direction().direction()).isEqualTo(DirectionOfTravel.WORSENING);
	}

	@Test
	void aValueCarriedFromAnEarlierQuarterIsNotUpdatedThisPeriod() {
		List<Measurement> history = List.of(measurement("AY 2018/19", "Q2 2019/20", "91"));

		Performance q3 = PerformanceEvaluator.evaluate(HIGHER, history, TARGET_90, List.of(), quarter("Q3 2019/20"));

		assertThat(q3.value()).isEqualByComparingTo("91");
		assertThat(q3.updatedThisPeriod()).isFalse();
		assertThat(q3.rule().status()).isEqualTo(Status.GREEN);
	}

	@Test
	void noDataWhenNothingHasBeenReportedYet() {
		Performance q1 = PerformanceEvaluator.evaluate(HIGHER, List.of(measurement("Q2 2019/20", "Q2 2019/20", "91")),
				TARGET_90, List.of(), quarter("Q1 2019/20"));

		assertThat(q1.rule().status()).isEqualTo(Status.NO_DATA);
		assertThat(q1.assessed()).isEqualTo(Status.NO_DATA);
		assertThat(q1.rule().explanation()).isEqualTo("No data: nothing has been reported up to Q1 2019/20.");
		assertThat(q1.direction().direction()).isEqualTo(DirectionOfTravel.NOT_APPLICABLE);
	}

	@Test
	void theAssessedStatusIsTheOfficersWhenOverriddenAndTheRuleIsKept() {
		List<Measurement> history = List.of(Fixtures.overridden("Q2 2019/20", "Q2 2019/20", "90", Status.AMBER));

		Performance q2 = PerformanceEvaluator.evaluate(HIGHER, history, TARGET_90, List.of(), quarter("Q2 2019/20"));

		assertThat(q2.rule().status()).isEqualTo(Status.GREEN);
		assertThat(q2.assessed()).isEqualTo(Status.AMBER);
		assertThat(q2.assessmentReason()).isEqualTo("Officers' judgement");
		assertThat(q2.statusesDiffer()).isTrue();
	}

	@Test
	void theTargetIsTheOneInForceWhenTheValueWasReported() {
		List<IndicatorTarget> targets = List.of(value("80", "Q1 2018/19", "Q4 2018/19", Tolerance.none()),
				value("95", "Q1 2019/20", null, Tolerance.none()));

		Performance old = PerformanceEvaluator.evaluate(HIGHER, List.of(measurement("Q4 2018/19", "Q4 2018/19", "85")),
				targets, List.of(), quarter("Q1 2019/20"));

		assertThat(old.target().target()).isEqualTo(new Target.Value(new BigDecimal("80")));
		assertThat(old.rule().status()).isEqualTo(Status.GREEN);
	}

	@Test
	void aProfiledTargetAppliesOnlyToItsOwnQuarter() {
		List<IndicatorTarget> targets = List.of(Fixtures.profile("25", "Q1 2019/20"),
				Fixtures.profile("120", "Q3 2019/20"));

		Performance q2 = PerformanceEvaluator.evaluate(HIGHER, List.of(measurement("Q2 2019/20", "Q2 2019/20", "117")),
				targets, List.of(), quarter("Q2 2019/20"));
		Performance q3 = PerformanceEvaluator.evaluate(HIGHER, List.of(measurement("Q3 2019/20", "Q3 2019/20", "164")),
				targets, List.of(), quarter("Q3 2019/20"));

		assertThat(q2.target()).isNull();
		assertThat(q2.rule().status()).isEqualTo(Status.NOT_RATED);
		assertThat(q3.rule().status()).isEqualTo(Status.GREEN);
	}

	@Test
	void aCumulativeFigureIsJudgedAgainstTheShareOfTheYearGone() {
		Indicator visits = Fixtures.indicator(Unit.NUMBER, Polarity.HIGHER_IS_BETTER, Frequency.QUARTERLY,
				Accumulation.CUMULATIVE_YTD);
		List<IndicatorTarget> target = List
			.of(value("4000000", "Q1 2019/20", null, Tolerance.percentage(BigDecimal.TEN)));

		Performance q3 = PerformanceEvaluator.evaluate(visits,
				List.of(measurement("Q3 2019/20", "Q3 2019/20", "2900000")), target, List.of(), quarter("Q3 2019/20"));

		assertThat(q3.rule().status()).isEqualTo(Status.AMBER);
		assertThat(q3.rule().explanation()).contains("3,000,000");
	}

	@Test
	void aMonthlyCumulativeFigureIsJudgedAgainstTheMonthsGoneNotTheQuarter() {
		Indicator visits = Fixtures.indicator(Unit.NUMBER, Polarity.HIGHER_IS_BETTER, Frequency.MONTHLY,
				Accumulation.CUMULATIVE_YTD);
		List<IndicatorTarget> target = List.of(value("1200", "Q1 2019/20", null, Tolerance.none()));

		Performance october = PerformanceEvaluator.evaluate(visits,
				List.of(measurement("Oct 2019", "Q3 2019/20", "700")), target, List.of(), quarter("Q3 2019/20"));

		assertThat(october.rule().status()).isEqualTo(Status.GREEN);
		assertThat(october.rule().explanation()).contains("700");
	}

	@Test
	void directionComparesWithThePreviousPeriod() {
		List<Measurement> history = List.of(measurement("Q1 2019/20", "Q1 2019/20", "80"),
				measurement("Q2 2019/20", "Q2 2019/20", "85"));

		Performance q2 = PerformanceEvaluator.evaluate(HIGHER, history, TARGET_90, List.of(), quarter("Q2 2019/20"));

		assertThat(q2.direction().direction()).isEqualTo(DirectionOfTravel.IMPROVING);
		assertThat(q2.direction().explanation()).contains("Q1 2019/20");
	}

	@Test
	void whenThePreviousPeriodIsMissingTheLatestEarlierFigureWithinAYearIsUsed() {
		List<Measurement> history = List.of(measurement("Q4 2018/19", "Q4 2018/19", "80"),
				measurement("Q2 2019/20", "Q2 2019/20", "85"));

		Performance q2 = PerformanceEvaluator.evaluate(HIGHER, history, TARGET_90, List.of(), quarter("Q2 2019/20"));

		assertThat(q2.direction().direction()).isEqualTo(DirectionOfTravel.IMPROVING);
		assertThat(q2.direction().explanation()).contains("Q4 2018/19");
	}

	@Test
	void figuresMoreThanAYearApartAreNotCompared() {
		List<Measurement> history = List.of(measurement("Q1 2017/18", "Q1 2017/18", "80"),
				measurement("Q2 2019/20", "Q2 2019/20", "85"));

		Performance q2 = PerformanceEvaluator.evaluate(HIGHER, history, TARGET_90, List.of(), quarter("Q2 2019/20"));

		assertThat(q2.direction().direction()).isEqualTo(DirectionOfTravel.NOT_APPLICABLE);
	}

	@Test
	void annualMeasuresCompareWithTheSamePeriodLastYear() {
		Indicator annual = Fixtures.indicator(Unit.PERCENT, Polarity.LOWER_IS_BETTER, Frequency.ANNUAL,
				Accumulation.SNAPSHOT);
		List<Measurement> history = List.of(measurement("AY 2017/18", "Q2 2018/19", "1.9"),
				measurement("AY 2018/19", "Q2 2019/20", "2.4"));

		Performance q2 = PerformanceEvaluator.evaluate(annual, history, List.of(), List.of(), quarter("Q2 2019/20"));

		assertThat(q2.direction().direction()).isEqualTo(DirectionOfTravel.WORSENING);
	}

	@Test
	void comparesOnlyPeriodsOfTheSameKind() {
		List<Measurement> history = List.of(measurement("2018/19", "Q4 2018/19", "95"),
				measurement("Q1 2019/20", "Q1 2019/20", "85"));

		Performance q1 = PerformanceEvaluator.evaluate(HIGHER, history, TARGET_90, List.of(), quarter("Q1 2019/20"));

		assertThat(q1.direction().direction()).isEqualTo(DirectionOfTravel.NOT_APPLICABLE);
	}

}
