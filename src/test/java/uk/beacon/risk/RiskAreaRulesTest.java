package uk.beacon.risk;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.beacon.period.FinancialQuarter;

import static org.assertj.core.api.Assertions.assertThat;

class RiskAreaRulesTest {

	private static final RiskLevel VERY_HIGH = new RiskLevel("Very High", BandColour.DARK_RED, true);

	private static final RiskLevel HIGH = new RiskLevel("High", BandColour.RED, true);

	private static final RiskLevel MEDIUM = new RiskLevel("Medium", BandColour.AMBER, true);

	private static final RiskLevel UNKNOWN = new RiskLevel("Severe-ish", BandColour.GREY, false);

	@Test
	void theHighestColourWinsWhateverTheScores() {
		assertThat(RiskAreaRules.highest(List.of(new RiskAreaRules.Member(HIGH, 16),
				new RiskAreaRules.Member(VERY_HIGH, 20), new RiskAreaRules.Member(MEDIUM, 12))))
			.contains(VERY_HIGH);
	}

	@Test
	void withinAColourTheHigherScoreWinsAndAPrintedRatingRanksBelowAScoredOne() {
		RiskLevel printedHigh = new RiskLevel("High", BandColour.RED, false);
		RiskLevel high15 = new RiskLevel("High 15", BandColour.RED, true);
		assertThat(RiskAreaRules.highest(List.of(new RiskAreaRules.Member(printedHigh, null),
				new RiskAreaRules.Member(high15, 15), new RiskAreaRules.Member(HIGH, 16))))
			.contains(HIGH);
		assertThat(RiskAreaRules
			.highest(List.of(new RiskAreaRules.Member(printedHigh, null), new RiskAreaRules.Member(high15, 15))))
			.contains(high15);
	}

	@Test
	void risksNotAssessedGiveNoLevelAndAnUnrecognisedRatingRanksLowest() {
		assertThat(RiskAreaRules.highest(List.of(new RiskAreaRules.Member(null, null)))).isEmpty();
		assertThat(RiskAreaRules.highest(List.of())).isEmpty();
		assertThat(RiskAreaRules
			.highest(List.of(new RiskAreaRules.Member(UNKNOWN, null), new RiskAreaRules.Member(MEDIUM, 9))))
			.contains(MEDIUM);
		assertThat(RiskAreaRules
			.highest(List.of(new RiskAreaRules.Member(UNKNOWN, null), new RiskAreaRules.Member(null, null))))
			.contains(UNKNOWN);
	}

	@Test
	void anAreaIsNewInTheQuarterItWasBegunAndNoOther() {
		FinancialQuarter q2 = new FinancialQuarter(2019, 2);
		assertThat(RiskAreaRules.isNew(begun(LocalDate.of(2019, 7, 1)), q2)).isTrue();
		assertThat(RiskAreaRules.isNew(begun(LocalDate.of(2019, 9, 30)), q2)).isTrue();
		assertThat(RiskAreaRules.isNew(begun(LocalDate.of(2019, 6, 30)), q2)).isFalse();
		assertThat(RiskAreaRules.isNew(begun(LocalDate.of(2019, 10, 1)), q2)).isFalse();
	}

	@Test
	void anAreaIsReportedFromTheDayItBeginsUntilTheDayItIsRetired() {
		RiskArea area = new RiskArea(1L, 1L, "FIN", "Financial control", null, null, null, null,
				LocalDate.of(2019, 4, 1), LocalDate.of(2020, 4, 1), 0);
		assertThat(area.reportedOn(LocalDate.of(2019, 3, 31))).isFalse();
		assertThat(area.reportedOn(LocalDate.of(2019, 4, 1))).isTrue();
		assertThat(area.reportedOn(LocalDate.of(2020, 3, 31))).isTrue();
		assertThat(area.reportedOn(LocalDate.of(2020, 4, 1))).isFalse();
	}

	private static RiskArea begun(LocalDate since) {
		return new RiskArea(1L, 1L, "FIN", "Financial control", null, null, null, null, since, null, 0);
	}

}
