package uk.beacon.analytics;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DataQualityDenominatorsTest {

	private static final List<String> QUARTERS = List.of("Q1 2019/20", "Q2 2019/20", "Q3 2019/20", "Q4 2019/20");

	@Test
	void aDenominatorThatMoreThanDoublesIsFlagged() {
		// Lancashire's two health-check indicators share the Q1 numerator 14,462; one
		// divides it by the quarterly target number offered (17,603), the other by all
		// offered (37,683). A series that slips from one to the other looks like this.
		List<DataQualityFlag> flags = DataQuality.denominators(List.of(17603.0, 37683.0), QUARTERS.subList(0, 2));

		assertThat(flags).containsExactly(new DataQualityFlag(DataQualityIssue.DENOMINATOR_JUMP, 1,
				"The denominator rose from 17,603 in Q1 2019/20 to 37,683 in Q2 2019/20 "
						+ "(2.14 times the previous figure); check that both periods count the same group."));
	}

	@Test
	void aDenominatorThatFallsSharplyIsFlaggedToo() {
		List<DataQualityFlag> flags = DataQuality.denominators(List.of(37683.0, 17603.0), QUARTERS.subList(0, 2));

		assertThat(flags).singleElement()
			.extracting(DataQualityFlag::message)
			.isEqualTo("The denominator fell from 37,683 in Q1 2019/20 to 17,603 in Q2 2019/20 "
					+ "(0.47 times the previous figure); check that both periods count the same group.");
	}

	@Test
	void theSteadyQuarterlyTargetNumberIsNotFlagged() {
		assertThat(DataQuality.denominators(List.of(17603.0, 17603.0, 17603.0), QUARTERS.subList(0, 3))).isEmpty();
	}

	@Test
	void aYearToDateDenominatorGrowsByDesignSoCheckEachQuartersOwn() {
		// all health checks offered, year to date: 37,683, 70,603, 95,719
		assertThat(DataQuality.denominators(List.of(37683.0, 70603.0, 95719.0), QUARTERS.subList(0, 3)))
			.extracting(DataQualityFlag::index)
			.containsExactly(1);
		// the same, quarter by quarter: 37,683, 32,920, 25,116
		assertThat(DataQuality.denominators(List.of(37683.0, 32920.0, 25116.0), QUARTERS.subList(0, 3))).isEmpty();
	}

	@Test
	void exactlyOneAndAHalfTimesIsNotAJump() {
		assertThat(DataQuality.denominators(List.of(100.0, 150.0, 100.0), QUARTERS.subList(0, 3))).isEmpty();
		assertThat(DataQuality.denominators(List.of(100.0, 151.0), QUARTERS.subList(0, 2))).hasSize(1);
		assertThat(DataQuality.denominators(List.of(151.0, 100.0), QUARTERS.subList(0, 2))).hasSize(1);
	}

	@Test
	void aMissingPeriodIsSkippedAndTheMessageNamesThePeriodComparedWith() {
		List<DataQualityFlag> flags = DataQuality.denominators(Arrays.asList(200.0, null, 500.0),
				QUARTERS.subList(0, 3));

		assertThat(flags).singleElement().satisfies((flag) -> {
			assertThat(flag.index()).isEqualTo(2);
			assertThat(flag.message()).startsWith("The denominator rose from 200 in Q1 2019/20 to 500 in Q3 2019/20");
		});
	}

	@Test
	void aMoveToOrFromZeroIsAlwaysFlagged() {
		assertThat(DataQuality.denominators(List.of(0.0, 17603.0, 0.0, 0.0), QUARTERS))
			.extracting(DataQualityFlag::index, DataQualityFlag::message)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(1,
							"The denominator rose from 0 in Q1 2019/20 to 17,603 in Q2 2019/20; "
									+ "check that both periods count the same group."),
					org.assertj.core.groups.Tuple.tuple(2, "The denominator fell from 17,603 in Q2 2019/20 to 0 in "
							+ "Q3 2019/20; check that both periods count the same group."));
	}

	@Test
	void theFactorCanBeChosen() {
		List<Double> denominators = List.of(100.0, 130.0);
		assertThat(DataQuality.denominators(denominators, QUARTERS.subList(0, 2))).isEmpty();
		assertThat(DataQuality.denominators(denominators, QUARTERS.subList(0, 2), 1.25)).hasSize(1);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DataQuality.denominators(denominators, QUARTERS.subList(0, 2), 1))
			.withMessage("The factor for a denominator jump must be more than 1, not 1.0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DataQuality.denominators(denominators, QUARTERS.subList(0, 2), Double.NaN));
	}

	@Test
	void refusesANegativeDenominator() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DataQuality.denominators(List.of(10.0, -3.0), QUARTERS.subList(0, 2)))
			.withMessage("A denominator must be 0 or more: -3.0 for Q2 2019/20");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DataQuality.denominators(List.of(10.0, Double.NaN), QUARTERS.subList(0, 2)));
	}

	@Test
	void everyDenominatorNeedsAPeriodLabel() {
		assertThatIllegalArgumentException().isThrownBy(() -> DataQuality.denominators(List.of(1.0), List.of()))
			.withMessage("Each of the 1 denominators needs a period label, but there are 0");
	}

}
