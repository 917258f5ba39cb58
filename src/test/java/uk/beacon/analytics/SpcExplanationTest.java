package uk.beacon.analytics;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.beacon.analytics.Charts.afterSteadyBaseline;
import static uk.beacon.analytics.Charts.values;

class SpcExplanationTest {

	private static final List<Double> WHEELER = values(5045, 4350, 4350, 3975, 4290, 4430, 4485, 4285, 3980, 3925, 3645,
			3760, 3300, 3685, 3463, 5200);

	@Test
	void commonCauseGivesTheLimitsAndTheMean() {
		assertThat(Spc.analyse(Charts.steady(), Improvement.UP, 12.0, SpcLimitChoices.none(), SpcSettings.standard())
			.explanation())
			.isEqualTo("Common cause variation: the latest value, 9, is within the process limits of 4.68 to 15.32"
					+ " around a mean of 10, with no unusual pattern. The target of 12 is within the process limits"
					+ " of 4.68 to 15.32, so it will sometimes be met and sometimes missed.");
	}

	@Test
	void aValueBeyondALimitAndATargetThatWillAlwaysBeMet() {
		assertThat(Spc.analyse(WHEELER, Improvement.UP, 3000.0, SpcLimitChoices.none(), SpcSettings.standard())
			.explanation())
			.isEqualTo("Special cause of improving nature (higher): the latest value, 5,200, is above the upper"
					+ " process limit of 5,082.28. The target of 3,000 is at or below the lower process limit of"
					+ " 3,188.72, so it will be met every time unless the process changes.");
	}

	@Test
	void aTargetThatWillAlwaysBeMissed() {
		assertThat(Spc.analyse(WHEELER, Improvement.DOWN, 3000.0, SpcLimitChoices.none(), SpcSettings.standard())
			.explanation())
			.endsWith(" The target of 3,000 is at or below the lower process limit of 3,188.72, so it will be"
					+ " missed every time unless the process changes.");
	}

	@Test
	void aRunCountsEveryValueInIt() {
		assertThat(afterSteadyBaseline(Improvement.UP, 8, 8, 8, 8, 8, 8, 8).explanation())
			.isEqualTo("Special cause of concerning nature (lower): the latest value, 8, is the last of 8 in a row"
					+ " below the mean of 10 (process limits from the first 20 values).");
	}

	@Test
	void aTrendSaysWhichWay() {
		assertThat(afterSteadyBaseline(Improvement.DOWN, 11, 10.5, 10, 9.5, 9, 8.5, 8).explanation())
			.isEqualTo("Special cause of improving nature (lower): the latest value, 8, is the last of 7 in a row"
					+ " each lower than the one before (process limits from the first 20 values).");
	}

	@Test
	void twoOfThreeNearALimit() {
		assertThat(afterSteadyBaseline(Improvement.UP, 12, 14, 14).explanation())
			.isEqualTo("Special cause of improving nature (higher): the latest value, 14, and one of the two before"
					+ " it are close to the upper process limit of 15.32 (process limits from the first 20 values).");
		assertThat(afterSteadyBaseline(Improvement.NEITHER, 14, 14, 14).explanation())
			.startsWith("Special cause of neither improving nor concerning nature (higher): the latest value, 14,"
					+ " and the two before it are all close to the upper process limit of 15.32");
	}

	@Test
	void theWinningDirectionIsDescribedByItsPlainestRule() {
		// below the lower limit, in a run and a falling trend: the limit is the plainest
		// news
		assertThat(afterSteadyBaseline(Improvement.UP, 8, 7, 6, 5, 4.5, 4, 3).explanation())
			.startsWith("Special cause of concerning nature (lower): the latest value, 3, is below the lower"
					+ " process limit of 4.68");
	}

	@Test
	void valuesThatNeverVarySaySo() {
		assertThat(Charts.analyse(Charts.repeat(5, 15), Improvement.UP).explanation())
			.isEqualTo("Common cause variation: the latest value, 5, equals the mean, and the limits are the mean"
					+ " itself because the baseline values do not vary.");
	}

	@Test
	void smallFiguresKeepFourSignificantFiguresAndLargeOnesTwoDecimals() {
		assertThat(Figures.format(0.012345)).isEqualTo("0.01235");
		assertThat(Figures.format(0.9221)).isEqualTo("0.9221");
		assertThat(Figures.format(42.125)).isEqualTo("42.13");
		assertThat(Figures.format(5082.2826)).isEqualTo("5,082.28");
		assertThat(Figures.format(-0.72)).isEqualTo("-0.72");
		assertThat(Figures.format(-0.0000001)).isEqualTo("0");
		assertThat(Figures.format(0)).isEqualTo("0");
	}

	@Test
	void everyExplanationIsOneOrTwoSentencesEndingInAFullStop() {
		assertThat(List.of(afterSteadyBaseline(Improvement.UP, 12, 14, 14), Charts.analyse(WHEELER, Improvement.UP)))
			.extracting(SpcAnalysis::explanation)
			.allSatisfy((text) -> assertThat(text).endsWith(".").doesNotContain(".."));
	}

}
