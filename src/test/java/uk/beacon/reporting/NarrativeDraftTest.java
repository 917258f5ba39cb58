package uk.beacon.reporting;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drafted narrative says only what the report's figures say.
 */
class NarrativeDraftTest {

	@Test
	void countsEveryStatusAndNamesWhatTurnedRedWithItsFigures() {
		CabinetReport report = Reports.of(
				List.of(Reports.line("A", "Schools judged good or outstanding by Ofsted", "RED", "GREEN", "84%", "86%"),
						Reports.line("B", "Rent collected", "GREEN", "GREEN", "99%", "98%"),
						Reports.line("C", "Households in temporary accommodation", "AMBER", "NO_DATA", "105", "100")),
				Reports.noRisks());

		String narrative = NarrativeDraft.of(report);

		assertThat(narrative).startsWith(
				"1 of 3 indicators is green, 1 amber and 1 red in Q2 2019/20; " + "3 were updated this quarter.");
		assertThat(narrative).contains("1 indicator turned red this quarter: Schools judged good or outstanding by "
				+ "Ofsted, 84% against 86% (previously Green).");
		assertThat(narrative).contains("1 red indicator was updated this quarter and is listed as indicators to watch");
		assertThat(narrative).contains("The council has no corporate risk register in Beacon.");
	}

	@Test
	void saysSoWhenNothingHadARatingInTheLastReport() {
		CabinetReport report = Reports
			.of(List.of(Reports.line("B", "Rent collected", "GREEN", "NO_DATA", "99%", "98%")), Reports.noRisks());

		assertThat(NarrativeDraft.of(report))
			.contains("No indicator had a rating in the last report (Q1 2019/20), so no movement is shown.")
			.doesNotContain("indicators to watch");
	}

	@Test
	void saysSoWhenNoRatingChanged() {
		CabinetReport report = Reports.of(List.of(Reports.line("B", "Rent collected", "GREEN", "GREEN", "99%", "98%")),
				Reports.noRisks());

		assertThat(NarrativeDraft.of(report))
			.contains("No indicator changed rating since the last report (Q1 2019/20).");
	}

	@Test
	void namesTheRisksThatTurnedOrLeftRed() {
		RiskEntry turned = Reports.risk("CR4", "Serious harm", "Red", "Amber");
		RiskEntry left = Reports.risk("CR7", "Demographic change", "Amber", "Red");
		RiskSection risks = new RiskSection(List.of("Corporate Risk Register"),
				List.of(new RiskSection.LevelCount("Red", "RED", 1), new RiskSection.LevelCount("Amber", "AMBER", 1)),
				List.of(turned), List.of(left), List.of(turned), List.of(left), List.of());
		CabinetReport report = Reports.of(List.of(Reports.line("B", "Rent collected", "GREEN", "GREEN", "99%", "98%")),
				risks);

		assertThat(NarrativeDraft.of(report)).contains("The corporate risk register holds 2 risks: 1 red and 1 amber. "
				+ "1 risk turned red since the last report: CR4 Serious harm. "
				+ "1 risk left red since the last report: CR7 Demographic change.");
	}

}
