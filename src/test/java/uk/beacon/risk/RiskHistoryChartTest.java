package uk.beacon.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.beacon.analytics.chart.Chart;
import uk.beacon.period.FinancialQuarter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A risk's score by quarter, against its target and its council's appetite, as a chart
 * with its figures in a table.
 */
class RiskHistoryChartTest {

	private static final FinancialQuarter Q1 = new FinancialQuarter(2019, 1);

	@Test
	void eachQuartersLatestReviewIsDrawnAgainstTheTargetAndTheAppetiteWithAGapForAQuarterNotReviewed() {
		List<RiskAssessment> history = List.of(assessment(Q1, 10, RiskPosition.of(3, 3)),
				assessment(Q1, 40, RiskPosition.of(3, 4)), assessment(Q1.plusQuarters(2), 1, RiskPosition.of(4, 4)));

		Chart chart = RiskHistoryChart.of(summary(history, new RiskTolerance(12, null)), history);

		assertThat(chart.tableHeaders()).containsExactly("Period", "Value", "Target",
				"Risk appetite (tolerable score, as set now)");
		assertThat(chart.tableRows()).containsExactly(List.of("Q1 2019/20", "12", "4", "12"),
				List.of("Q2 2019/20", "–", "–", "12"), List.of("Q3 2019/20", "16", "4", "12"));
		assertThat(chart.textAlternative()).contains("rose from 12", "to 16", "above the target of 4");
		assertThat(chart.svg()).startsWith("<svg");
	}

	@Test
	void aRiskNeverScoredHasNoChartAndAnOpportunityIsNotHeldToTheAppetite() {
		assertThat(RiskHistoryChart.of(summary(List.of(), null), List.of())).isNull();

		List<RiskAssessment> history = List.of(assessment(Q1, 10, RiskPosition.of(3, 3)));
		Risk opportunity = new Risk(1L, "CO1", 1L, RiskKind.OPPORTUNITY, "Funding", null, null, null, null, null, 3,
				null, RiskStatus.OPEN, null, false, Set.of(), null, null, null, 0);
		RiskSummary summary = new RiskSummary(opportunity, null, RiskMatrix.standard(), history.get(0), null,
				RiskDirection.NEW, false, false, null, false, 0, false, new RiskTolerance(12, null));
		assertThat(RiskHistoryChart.of(summary, history).tableHeaders())
			.doesNotContain("Risk appetite (tolerable score, as set now)");
	}

	private static RiskSummary summary(List<RiskAssessment> history, RiskTolerance appetite) {
		Risk risk = new Risk(1L, "CR1", 1L, RiskKind.RISK, "Cyber attack", null, null, null, null, null, 3, null,
				RiskStatus.OPEN, null, false, Set.of(), null, null, null, 0);
		return new RiskSummary(risk, null, RiskMatrix.standard(), history.isEmpty() ? null : history.get(0), null,
				RiskDirection.NEW, false, false, null, false, 0, false, appetite);
	}

	private static RiskAssessment assessment(FinancialQuarter quarter, int day, RiskPosition current) {
		return new RiskAssessment(quarter.start().plusDays(day), quarter, null, current, RiskPosition.of(2, 2),
				LocalDate.of(2021, 3, 31), null, null);
	}

}
