package uk.beacon.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.beacon.period.Periods;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.beacon.indicator.Fixtures.measurement;
import static uk.beacon.indicator.Fixtures.percent;
import static uk.beacon.indicator.Fixtures.quarter;

/**
 * Issue 15 item 3: a quartile target with no published quartile for the period is rated
 * from the council's place in its comparator group, and the explanation names the group;
 * a published quartile still comes first.
 */
class QuartileFromComparatorGroupTest {

	private static final Indicator HIGHER = percent(Polarity.HIGHER_IS_BETTER);

	private static final List<IndicatorTarget> QUARTILE_2 = List.of(new IndicatorTarget(null, 1, new Target.Quartile(2),
			Periods.parse("Q1 2019/20"), null, RagRule.none(), null, null));

	private static final List<Measurement> Q2_61 = List.of(measurement("Q2 2019/20", "Q2 2019/20", "61"));

	// seven neighbours: with the council's 61, eight are ranked, and 61 is 6th (quartile
	// 3)
	private static final List<ComparatorValue> NEIGHBOURS = group("CIPFA-NN", "CIPFA nearest neighbours", "Q2 2019/20",
			70, 68, 66, 64, 62, 55, 50);

	@Test
	void aQuartileTargetWithNoPublishedQuartileIsRatedFromTheComparatorGroup() {
		Performance q2 = PerformanceEvaluator.evaluate(Definitions.only(HIGHER), Q2_61, QUARTILE_2, List.of(),
				NEIGHBOURS, quarter("Q2 2019/20"));

		assertThat(q2.rule()).isEqualTo(new StatusAssessment(Status.AMBER,
				"Amber: 61% is in quartile 3 of the comparator group CIPFA nearest neighbours for Q2 2019/20 "
						+ "(ranked 6 of 8, with no national benchmark quartile), one quartile short of the target "
						+ "of quartile 2 or better."));
	}

	@Test
	void aPublishedQuartileComesBeforeTheComparatorGroup() {
		List<Benchmark> national = List.of(new Benchmark(null, 1, Periods.parse("Q2 2019/20"),
				BenchmarkComparator.NATIONAL, null, null, null, 1, null, null));

		Performance q2 = PerformanceEvaluator.evaluate(Definitions.only(HIGHER), Q2_61, QUARTILE_2, national,
				NEIGHBOURS, quarter("Q2 2019/20"));

		assertThat(q2.rule().explanation())
			.isEqualTo("Green: 61% is in benchmark quartile 1, meeting the target of quartile 2 or better.");
	}

	@Test
	void lowerIsBetterRanksTheLowestFirst() {
		Performance q2 = PerformanceEvaluator.evaluate(Definitions.only(percent(Polarity.LOWER_IS_BETTER)), Q2_61,
				QUARTILE_2, List.of(), NEIGHBOURS, quarter("Q2 2019/20"));

		// 50 and 55 are lower: 61 is 3rd of 8, quartile 2
		assertThat(q2.rule().status()).isEqualTo(Status.GREEN);
		assertThat(q2.rule().explanation()).contains("quartile 2 of the comparator group CIPFA nearest neighbours",
				"ranked 3 of 8");
	}

	@Test
	void onlyTheFiguresPeriodCounts() {
		List<ComparatorValue> lastYear = group("CIPFA-NN", "CIPFA nearest neighbours", "Q2 2018/19", 70, 68, 66, 64, 62,
				55, 50);

		Performance q2 = PerformanceEvaluator.evaluate(Definitions.only(HIGHER), Q2_61, QUARTILE_2, List.of(), lastYear,
				quarter("Q2 2019/20"));

		assertThat(q2.rule().status()).isEqualTo(Status.NOT_RATED);
		assertThat(q2.rule().explanation()).contains("no benchmark quartile is available");
	}

	@Test
	void aGroupTooSmallToSplitIntoQuartersRatesNothing() {
		Performance q2 = PerformanceEvaluator.evaluate(Definitions.only(HIGHER), Q2_61, QUARTILE_2, List.of(),
				group("SMALL", "Two neighbours", "Q2 2019/20", 70, 50), quarter("Q2 2019/20"));

		assertThat(q2.rule().status()).isEqualTo(Status.NOT_RATED);
	}

	@Test
	void theLargestGroupRatesWhenThereAreSeveral() {
		List<ComparatorValue> both = new ArrayList<>(NEIGHBOURS);
		// a smaller group, first by code, in which 61 would be top
		both.addAll(group("A-REGION", "Region", "Q2 2019/20", 40, 45, 50));

		Performance q2 = PerformanceEvaluator.evaluate(Definitions.only(HIGHER), Q2_61, QUARTILE_2, List.of(), both,
				quarter("Q2 2019/20"));

		assertThat(q2.rule().explanation()).contains("CIPFA nearest neighbours");
		assertThat(ComparatorGroupPlaces.forRating(Polarity.HIGHER_IS_BETTER, 61, Periods.parse("Q2 2019/20"), both)
			.orElseThrow()
			.groupCode()).isEqualTo("CIPFA-NN");
	}

	@Test
	void theCouncilsOwnRowInTheGroupIsNotCountedTwice() {
		List<ComparatorValue> withCouncil = new ArrayList<>(NEIGHBOURS);
		withCouncil.add(new ComparatorValue("CIPFA-NN", "CIPFA nearest neighbours", 1, Periods.parse("Q2 2019/20"),
				"Our council", true, new BigDecimal("61"), null));

		Performance q2 = PerformanceEvaluator.evaluate(Definitions.only(HIGHER), Q2_61, QUARTILE_2, List.of(),
				withCouncil, quarter("Q2 2019/20"));

		assertThat(q2.rule().explanation()).contains("ranked 6 of 8");
	}

	@Test
	void withNeitherDirectionBetterNoGroupRatesAQuartileTarget() {
		assertThat(ComparatorGroupPlaces.forRating(Polarity.WITHIN_RANGE, 61, Periods.parse("Q2 2019/20"), NEIGHBOURS))
			.isEmpty();
	}

	@Test
	void theStatementsSayWhichQuartileRatesTheTargetAndNeverThatThereAreNoComparators() {
		Performance q2 = PerformanceEvaluator.evaluate(Definitions.only(HIGHER), Q2_61, QUARTILE_2, List.of(),
				NEIGHBOURS, quarter("Q2 2019/20"));
		IndicatorSeries series = IndicatorSeries.of(List.of(q2), null);
		List<Benchmark> regional = List.of(new Benchmark(null, 1, Periods.parse("Q2 2019/20"),
				BenchmarkComparator.REGIONAL, new BigDecimal("63.5"), 7, 12, null, "LG Inform", null));
		List<IndicatorAnalysis.GroupPosition> positions = ComparatorGroupPlaces
			.of(Polarity.HIGHER_IS_BETTER, 61, Periods.parse("Q2 2019/20"), NEIGHBOURS)
			.stream()
			.map(p -> new IndicatorAnalysis.GroupPosition(p.groupCode(), p.groupName(), p.period().label(),
					p.position(), p.explanation()))
			.toList();

		List<BenchmarkStatement> statements = BenchmarkStatements.of(HIGHER, q2, series, regional, positions,
				NEIGHBOURS);

		assertThat(statements).containsExactly(
				new BenchmarkStatement("Regional", false, "Q2 2019/20",
						"63.5%, against the council's 61%; the council ranked 7 of 12. Source: LG Inform.", false),
				new BenchmarkStatement("CIPFA nearest neighbours", true, "Q2 2019/20",
						"61 ranks 6th of 8, where higher is better, in quartile 3 (quartile 1 is the best).", true));
	}

	@Test
	void aPublishedQuartileIsTheOneTheStatementsSayRatesTheTarget() {
		List<Benchmark> national = List.of(new Benchmark(null, 1, Periods.parse("Q2 2019/20"),
				BenchmarkComparator.NATIONAL, new BigDecimal("64"), 120, 152, 4, null, null));
		Performance q2 = PerformanceEvaluator.evaluate(Definitions.only(HIGHER), Q2_61, QUARTILE_2, national,
				NEIGHBOURS, quarter("Q2 2019/20"));
		List<IndicatorAnalysis.GroupPosition> positions = ComparatorGroupPlaces
			.of(Polarity.HIGHER_IS_BETTER, 61, Periods.parse("Q2 2019/20"), NEIGHBOURS)
			.stream()
			.map(p -> new IndicatorAnalysis.GroupPosition(p.groupCode(), p.groupName(), p.period().label(),
					p.position(), p.explanation()))
			.toList();

		List<BenchmarkStatement> statements = BenchmarkStatements.of(HIGHER, q2, IndicatorSeries.of(List.of(q2), null),
				national, positions, NEIGHBOURS);

		assertThat(statements).extracting(BenchmarkStatement::ratesTarget).containsExactly(true, false);
		assertThat(statements.get(0).statement())
			.isEqualTo("64%, against the council's 61%; the council ranked 120 of 152, in quartile 4 (quartile 1 is "
					+ "the best).");
		assertThat(q2.rule().status()).isEqualTo(Status.RED);
	}

	@Test
	void withoutFiguresEachBenchmarksLatestPeriodIsStated() {
		List<Benchmark> national = List.of(
				new Benchmark(null, 1, Periods.parse("2022/23"), BenchmarkComparator.NATIONAL, new BigDecimal("60"),
						null, null, null, null, null),
				new Benchmark(null, 1, Periods.parse("2023/24"), BenchmarkComparator.NATIONAL, null, null, null, null,
						null, null));

		List<BenchmarkStatement> statements = BenchmarkStatements.of(HIGHER, null, IndicatorSeries.of(List.of(), null),
				national, List.of(), List.of());

		assertThat(statements).containsExactly(new BenchmarkStatement("National (England)", false, "2023/24",
				"Recorded with no figure, rank or quartile.", false));
	}

	private static List<ComparatorValue> group(String code, String name, String period, double... values) {
		List<ComparatorValue> members = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			members.add(new ComparatorValue(code, name, 1, Periods.parse(period), "Neighbour " + (i + 1), false,
					BigDecimal.valueOf(values[i]), null));
		}
		return members;
	}

}
