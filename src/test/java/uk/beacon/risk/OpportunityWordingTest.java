package uk.beacon.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.beacon.period.FinancialQuarter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An opportunity reads the right way round: short of its target it is still below it, and
 * the heat map names it an opportunity on the matrix's positive labels.
 */
class OpportunityWordingTest {

	private static final LocalDate TODAY = LocalDate.of(2020, 1, 15);

	@Test
	void anOpportunityShortOfItsTargetAfterItsDateIsStillBelowTargetAndARiskStillAbove() {
		RiskSummary opportunity = summary("CO1", RiskKind.OPPORTUNITY, RiskPosition.of(3, 3), RiskPosition.of(5, 4));
		RiskSummary risk = summary("CR1", RiskKind.RISK, RiskPosition.of(4, 4), RiskPosition.of(2, 2));

		assertThat(opportunity.targetDatePassed()).isTrue();
		assertThat(opportunity.targetMissed()).isEqualTo("still below target");
		assertThat(risk.targetDatePassed()).isTrue();
		assertThat(risk.targetMissed()).isEqualTo("still above target");
	}

	@Test
	void theHeatMapReadsEachRowAsTheLancashireKeyDoesAndMarksTheOpportunities() {
		RiskSummary opportunity = summary("CO1", RiskKind.OPPORTUNITY, RiskPosition.of(3, 3), RiskPosition.of(5, 4));
		RiskSummary risk = summary("CR1", RiskKind.RISK, RiskPosition.of(4, 4), RiskPosition.of(2, 2));

		HeatMap map = HeatMap.of(List.of(opportunity, risk), RiskMatrix.standard());

		assertThat(map.rows().get(0).label()).isEqualTo("Catastrophic (for a risk) / Outstanding (for an opportunity)");
		assertThat(map.opportunities()).isEqualTo(Set.of("CO1"));
		// the opportunity's target lies up the matrix from where it stands
		assertThat(map.rows().get(0).cells().get(3).target()).containsExactly("CO1");
		assertThat(map.rows().get(2).cells().get(2).now()).containsExactly("CO1");
	}

	private static RiskSummary summary(String reference, RiskKind kind, RiskPosition current, RiskPosition target) {
		Risk risk = new Risk(1L, reference, 1L, kind, "Title", null, null, null, null, null, 3, null, RiskStatus.OPEN,
				null, false, Set.of(), null, null, null, 0);
		RiskAssessment latest = new RiskAssessment(LocalDate.of(2019, 12, 31), new FinancialQuarter(2019, 3), null,
				current, target, LocalDate.of(2019, 12, 31), null, null);
		return RiskViews.summarise(risk, new RiskRegister(1L, "CRR", "Register", RegisterKind.CORPORATE, 1L, null),
				RiskMatrix.standard(), List.of(latest), 0, TODAY, RiskAppetite.none());
	}

}
