package uk.beacon.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.beacon.period.FinancialQuarter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a new matrix would do, worked out from the risks and their assessments alone: the
 * open risks changing level, the assessments it could not hold, and a restricted risk
 * never named to someone who may not see it.
 */
class MatrixPreviewTest {

	private static final RiskMatrix FOUR = new RiskMatrix(4, List.of("Minor", "Moderate", "Major", "Severe"), null,
			List.of("Rare", "Unlikely", "Likely", "Certain"), List.of(new RiskBand(1, 4, "Low", BandColour.GREEN),
					new RiskBand(6, 9, "Medium", BandColour.AMBER), new RiskBand(12, 16, "High", BandColour.RED)));

	@Test
	void aRestrictedRiskTheMatrixCannotHoldIsCountedButNeverNamed() {
		Risk open = risk(1L, "P-1", false, RiskStatus.OPEN);
		Risk restricted = risk(2L, "P-2", true, RiskStatus.OPEN);
		Risk closed = risk(3L, "P-3", false, RiskStatus.CLOSED);
		Map<Long, List<RiskAssessment>> history = Map.of(1L, List.of(assessed(3, 3)), 2L, List.of(assessed(5, 5)), 3L,
				List.of(assessed(4, 3)));

		MatrixPreview preview = MatrixPreview.of(RiskMatrix.standard(), FOUR, List.of(open, restricted, closed),
				history, risk -> !risk.restricted(), RiskAppetite.none());

		assertThat(preview.misfits()).singleElement().satisfies(misfit -> {
			assertThat(misfit.reference()).isNull();
			assertThat(misfit.describe(FOUR))
				.startsWith("A risk you may not see, assessed 30 September 2019: current 25")
				.doesNotContain("P-2");
		});
		assertThat(preview.saveable()).isFalse();
		assertThat(preview.changes()).as("9 was Amber and is Medium; a closed risk is not listed")
			.singleElement()
			.satisfies(change -> {
				assertThat(change.reference()).isEqualTo("P-1");
				assertThat(change.before().level()).isEqualTo("Amber");
				assertThat(change.after().level()).isEqualTo("Medium");
			});
	}

	@Test
	void anAppetiteScoreOffTheNewMatrixStopsItBeingSaved() {
		RiskAppetite appetite = new RiskAppetite(20, List.of());
		MatrixPreview preview = MatrixPreview.of(RiskMatrix.standard(), FOUR, List.of(), Map.of(), risk -> true,
				appetite);
		assertThat(preview.appetiteProblems()).singleElement().asString().contains("1 to 16");
		assertThat(preview.saveable()).isFalse();
	}

	private static RiskAssessment assessed(int impact, int likelihood) {
		return new RiskAssessment(LocalDate.of(2019, 9, 30), new FinancialQuarter(2019, 2), null,
				RiskPosition.of(impact, likelihood), null, null, null, null);
	}

	private static Risk risk(long id, String reference, boolean restricted, RiskStatus status) {
		return new Risk(id, reference, 1L, RiskKind.RISK, "Title of " + reference, null, null, null, null, null, 3,
				null, status, null, restricted, java.util.Set.of(), null, null, null, 0);
	}

}
