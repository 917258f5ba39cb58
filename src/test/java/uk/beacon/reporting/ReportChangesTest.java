package uk.beacon.reporting;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The changes since publication name each figure that differs, as published and now.
 */
class ReportChangesTest {

	@Test
	void listsACorrectedFigureAndTheStatusItChanged() {
		CabinetReport published = Reports.of(List.of(Reports.line("A", "Schools", "RED", "GREEN", "84%", "86%")),
				Reports.noRisks());
		CabinetReport now = Reports.of(List.of(Reports.line("A", "Schools", "AMBER", "GREEN", "85.5%", "86%")),
				Reports.noRisks());

		assertThat(ReportChanges.between(published, now)).contains(
				new DataChange("A Schools", "Latest value", "84%", "85.5%"),
				new DataChange("A Schools", "Assessed status", "Red", "Amber"));
	}

	@Test
	void listsIndicatorsAddedToOrTakenOffTheScorecard() {
		CabinetReport published = Reports.of(List.of(Reports.line("A", "Schools", "RED", "GREEN", "84%", "86%")),
				Reports.noRisks());
		CabinetReport now = Reports.of(List.of(Reports.line("B", "Rent", "GREEN", "GREEN", "99%", "98%")),
				Reports.noRisks());

		assertThat(ReportChanges.between(published, now)).containsExactly(
				new DataChange("The scorecard", "Indicators rated Green", "0", "1"),
				new DataChange("The scorecard", "Indicators rated Red", "1", "0"),
				new DataChange("A Schools", "On the report", "Yes", "No longer on the scorecard"),
				new DataChange("B Rent", "On the report", "No", "Now on the scorecard"));
	}

	@Test
	void findsNothingWhenTheDataAreUnchanged() {
		CabinetReport report = Reports.of(List.of(Reports.line("A", "Schools", "RED", "GREEN", "84%", "86%")),
				Reports.noRisks());

		assertThat(ReportChanges.between(report, report)).isEmpty();
	}

}
