package uk.beacon.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class QuartilesTest {

	/** The 152 English councils with children's services, valued 1 to 152. */
	private static List<Double> allCouncils() {
		List<Double> values = new ArrayList<>();
		for (int i = 1; i <= 152; i++) {
			values.add((double) i);
		}
		return values;
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			152 | 1   | 1
			115 | 38  | 1
			114 | 39  | 2
			77  | 76  | 2
			76  | 77  | 3
			39  | 114 | 3
			38  | 115 | 4
			1   | 152 | 4
			""")
	void aNationalTableOf152IsBandedIntoFourGroupsOf38(double value, int rank, int quartile) {
		BenchmarkPosition position = Quartiles.position(value, allCouncils(), true, Improvement.UP);

		assertThat(position.rank()).isEqualTo(rank);
		assertThat(position.of()).isEqualTo(152);
		assertThat(position.quartile()).isEqualTo(quartile);
		assertThat(position.rawQuartile()).isEqualTo(5 - quartile);
	}

	@Test
	void whereHigherIsBetterTheHighestValueRanksFirst() {
		BenchmarkPosition position = Quartiles.position(80, List.of(60.0, 70.0, 75.0), false, Improvement.UP);

		assertThat(position).isEqualTo(new BenchmarkPosition(1, 4, 1, 4,
				"80 ranks 1st of 4, where higher is better, in quartile 1 (quartile 1 is the best)."));
	}

	@Test
	void whereLowerIsBetterTheLowestValueRanksFirst() {
		BenchmarkPosition position = Quartiles.position(80, List.of(60.0, 70.0, 75.0), false, Improvement.DOWN);

		assertThat(position).isEqualTo(new BenchmarkPosition(4, 4, 4, 4,
				"80 ranks 4th of 4, where lower is better, in quartile 4 (quartile 1 is the best)."));
	}

	@Test
	void whenNeitherDirectionIsBetterTheGroupIsRankedFromTheLowestValueUp() {
		BenchmarkPosition position = Quartiles.position(65.5, List.of(60.0, 70.0, 75.0), false, Improvement.NEITHER);

		assertThat(position).isEqualTo(new BenchmarkPosition(2, 4, 2, 2,
				"65.5 ranks 2nd of 4 counting up from the lowest value, as neither direction is better, "
						+ "in quartile 2 (quartile 1 holds the lowest values)."));
	}

	@Test
	void statisticalNeighboursArePlacedWithTheCouncilAdded() {
		// ten neighbours and the council: eleven places, banded 2, 3, 3 and 3
		List<Double> neighbours = List.of(10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 100.0);
		int[] quartileByRank = new int[12];
		for (int rank = 1; rank <= 11; rank++) {
			double value = 115 - 10 * rank;
			quartileByRank[rank] = Quartiles.position(value, neighbours, false, Improvement.UP).quartile();
			assertThat(Quartiles.position(value, neighbours, false, Improvement.UP).rank()).isEqualTo(rank);
		}
		assertThat(Arrays.copyOfRange(quartileByRank, 1, 12)).containsExactly(1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4);
	}

	@Test
	void tiesShareTheBetterRank() {
		List<Double> group = List.of(10.0, 20.0, 20.0, 30.0);

		BenchmarkPosition up = Quartiles.position(20, group, false, Improvement.UP);
		assertThat(up.rank()).isEqualTo(2);
		assertThat(up.of()).isEqualTo(5);
		assertThat(up.explanation())
			.isEqualTo("20 ranks joint 2nd of 5, where higher is better, in quartile 2 (quartile 1 is the best).");
		BenchmarkPosition down = Quartiles.position(20, group, false, Improvement.DOWN);
		assertThat(down.rank()).isEqualTo(2);
		assertThat(down.explanation()).startsWith("20 ranks joint 2nd of 5, where lower is better");
	}

	@Test
	void theExplanationWritesTheFigureInItsUnitWhenGivenIt() {
		BenchmarkPosition rate = Quartiles.position(61.2, "61.2%", List.of(70.0, 65.0, 50.0), false, Improvement.UP);
		assertThat(rate.explanation())
			.isEqualTo("61.2% ranks 3rd of 4, where higher is better, in quartile 3 (quartile 1 is the best).");
		assertThat(rate.rank()).as("the words change nothing of the ranking")
			.isEqualTo(Quartiles.position(61.2, List.of(70.0, 65.0, 50.0), false, Improvement.UP).rank());
	}

	@Test
	void theCouncilsOwnEntryIsNotATieWithItself() {
		BenchmarkPosition alone = Quartiles.position(20, List.of(10.0, 20.0, 30.0, 40.0), true, Improvement.UP);
		assertThat(alone.rank()).isEqualTo(3);
		assertThat(alone.of()).isEqualTo(4);
		assertThat(alone.explanation()).startsWith("20 ranks 3rd of 4,");

		BenchmarkPosition tied = Quartiles.position(20, List.of(20.0, 20.0, 30.0, 40.0), true, Improvement.UP);
		assertThat(tied.rank()).isEqualTo(3);
		assertThat(tied.explanation()).startsWith("20 ranks joint 3rd of 4,");
	}

	@Test
	void councilsWithoutAPublishedValueAreLeftOut() {
		BenchmarkPosition position = Quartiles.position(4, Arrays.asList(null, 1.0, 2.0, null, 3.0), false,
				Improvement.UP);

		assertThat(position.of()).isEqualTo(4);
		assertThat(position.rank()).isEqualTo(1);
	}

	@Test
	void theRawQuartileIgnoresPolarity() {
		List<Double> group = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0);
		for (Improvement improvement : Improvement.values()) {
			assertThat(Quartiles.position(8, group, false, improvement).rawQuartile()).isEqualTo(4);
			assertThat(Quartiles.position(0.5, group, false, improvement).rawQuartile()).isEqualTo(1);
		}
	}

	@Test
	void aGroupSmallerThanFourCannotBeSplitIntoQuartiles() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Quartiles.position(5, List.of(1.0, 2.0), false, Improvement.UP))
			.withMessage("Quartiles need a group of at least 4, the council included; this group has 3");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Quartiles.position(5, Arrays.asList(1.0, 2.0, null, 5.0), true, Improvement.UP))
			.withMessageEndingWith("this group has 3");
	}

	@Test
	void aCouncilSaidToBeInTheGroupMustBeThere() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Quartiles.position(2.5, List.of(1.0, 2.0, 3.0, 4.0), true, Improvement.UP))
			.withMessage("The council's value 2.5 is not among the comparators, although they are said to include it");
	}

	@Test
	void refusesFiguresThatAreNotNumbers() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Quartiles.position(Double.NaN, List.of(1.0, 2.0, 3.0), false, Improvement.UP));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Quartiles.position(1, List.of(1.0, Double.NaN, 3.0), false, Improvement.UP));
		assertThatNullPointerException().isThrownBy(() -> Quartiles.position(1, null, false, Improvement.UP));
		assertThatNullPointerException().isThrownBy(() -> Quartiles.position(1, List.of(1.0, 2.0, 3.0), false, null));
	}

	@Test
	void bandsAreTheCeilingOfFourTimesTheRankOverTheGroupSize() {
		assertThat(Quartiles.band(1, 4)).isEqualTo(1);
		assertThat(Quartiles.band(4, 4)).isEqualTo(4);
		assertThat(Quartiles.band(1, 5)).isEqualTo(1);
		assertThat(Quartiles.band(2, 5)).isEqualTo(2);
		assertThat(Quartiles.band(5, 5)).isEqualTo(4);
		assertThat(Quartiles.band(38, 152)).isEqualTo(1);
		assertThat(Quartiles.band(39, 152)).isEqualTo(2);
	}

}
