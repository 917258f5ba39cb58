package uk.beacon.analytics;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class DataQualityTargetTest {

	private static final List<Double> AROUND_95 = List.of(94.0, 96.0, 95.0, 93.0, 97.0);

	@Test
	void aTargetTenTimesTheTypicalValueIsSuspect() {
		assertThat(DataQuality.target(950.0, AROUND_95)).containsExactly(new DataQualityFlag(
				DataQualityIssue.SUSPECT_TARGET, -1, "The target of 950 is 10 times the typical value of 95 "
						+ "(the median of 5 reported values); check it is in the same units as the values."));
	}

	@Test
	void aTargetATenthOfTheTypicalValueIsSuspect() {
		assertThat(DataQuality.target(9.5, AROUND_95)).singleElement()
			.extracting(DataQualityFlag::message)
			.isEqualTo("The typical value of 95 (the median of 5 reported values) is 10 times the target of 9.5; "
					+ "check it is in the same units as the values.");
	}

	@Test
	void aPercentageTargetAgainstFractionsIsSuspect() {
		assertThat(DataQuality.target(90.0, List.of(0.76, 0.81, 0.79))).singleElement()
			.extracting(DataQualityFlag::message)
			.asString()
			.startsWith("The target of 90 is 113.92 times the typical value of 0.79");
	}

	@Test
	void aTargetLessThanTenTimesAwayIsNotSuspect() {
		assertThat(DataQuality.target(855.0, AROUND_95)).isEmpty();
		assertThat(DataQuality.target(10.0, AROUND_95)).isEmpty();
		assertThat(DataQuality.target(100.0, AROUND_95)).isEmpty();
	}

	@Test
	void aTargetOfZeroWhenValuesAreAroundFiveIsSuspect() {
		assertThat(DataQuality.target(0.0, List.of(4.0, 6.0, 5.0, 5.0))).containsExactly(new DataQualityFlag(
				DataQualityIssue.SUSPECT_TARGET, -1, "The target is 0, but none of the 4 reported values has been "
						+ "within 1 of 0 (median 5); check that 0 is the real target and not a blank."));
	}

	@Test
	void aTargetOfZeroIsARealAmbitionWhenTheIndicatorHasBeenAtOrNearZero() {
		// serious incidents: sometimes none
		assertThat(DataQuality.target(0.0, List.of(0.0, 1.0, 0.0, 2.0))).isEmpty();
		// a rate per 10,000 that is always small
		assertThat(DataQuality.target(0.0, List.of(0.4, 0.2, 0.3))).isEmpty();
		// a progress score, where 0 is the national average
		assertThat(DataQuality.target(0.0, List.of(-0.25, 0.1, -0.1))).isEmpty();
	}

	@Test
	void aSingleValueIsNamedAsSuch() {
		assertThat(DataQuality.target(950.0, List.of(95.0))).singleElement()
			.extracting(DataQualityFlag::message)
			.isEqualTo("The target of 950 is 10 times the only reported value, 95; "
					+ "check it is in the same units as the values.");
		assertThat(DataQuality.target(9.5, List.of(95.0))).singleElement()
			.extracting(DataQualityFlag::message)
			.isEqualTo("The only reported value, 95, is 10 times the target of 9.5; "
					+ "check it is in the same units as the values.");
		assertThat(DataQuality.target(0.0, List.of(5.0))).singleElement()
			.extracting(DataQualityFlag::message)
			.isEqualTo("The target is 0, but the only reported value, 5, is not within 1 of 0; "
					+ "check that 0 is the real target and not a blank.");
	}

	@Test
	void whenTheTypicalValueIsZeroOnlyAZeroTargetCouldBeJudged() {
		// no more than 5 incidents, where most quarters have none
		assertThat(DataQuality.target(5.0, List.of(0.0, 0.0, 1.0))).isEmpty();
	}

	@Test
	void theSizeNotTheSignIsCompared() {
		assertThat(DataQuality.target(-950.0, AROUND_95)).hasSize(1);
		assertThat(DataQuality.target(-95.0, AROUND_95)).isEmpty();
	}

	@Test
	void nothingToCheckWithoutATargetOrWithoutValues() {
		assertThat(DataQuality.target(null, AROUND_95)).isEmpty();
		assertThat(DataQuality.target(950.0, List.of())).isEmpty();
		assertThat(DataQuality.target(0.0, Arrays.asList(null, null))).isEmpty();
	}

	@Test
	void missingPeriodsAreLeftOutOfTheTypicalValue() {
		assertThat(DataQuality.target(950.0, Arrays.asList(94.0, null, 96.0))).singleElement()
			.extracting(DataQualityFlag::message)
			.asString()
			.contains("the median of 2 reported values");
	}

	@Test
	void aPercentageTargetAboveOneHundredIsSuspectWhenNoValueHasBeen() {
		assertThat(DataQuality.target(150.0, AROUND_95, true)).containsExactly(new DataQualityFlag(
				DataQualityIssue.SUSPECT_TARGET, -1,
				"The target of 150% is above 100%, which a share cannot be, and none of the 5 reported values has been "
						+ "(the highest is 97%); check it is the percentage meant, not a count or a figure missing its "
						+ "decimal point."));
		// the same figure in another unit is within ten times the values, and not suspect
		assertThat(DataQuality.target(150.0, AROUND_95)).isEmpty();
		assertThat(DataQuality.target(150.0, AROUND_95, false)).isEmpty();
	}

	@Test
	void aPercentageTargetBelowZeroIsSuspectWhenNoValueHasBeen() {
		assertThat(DataQuality.target(-5.0, List.of(12.0), true)).singleElement()
			.extracting(DataQualityFlag::message)
			.isEqualTo("The target of -5% is below 0%, which a share cannot be, and the only reported value is 12%; "
					+ "check it is the percentage meant, not a count or a figure missing its decimal point.");
	}

	@Test
	void aPercentageWhoseValuesHaveGoneBeyondAShareMayHaveATargetBeyondOne() {
		// occupancy, growth: percentages that are not shares
		assertThat(DataQuality.target(110.0, List.of(96.0, 104.0, 99.0), true)).isEmpty();
		assertThat(DataQuality.target(-3.0, List.of(-1.5, 2.0, 0.5), true)).isEmpty();
	}

	@Test
	void aPercentageTargetOfAShareIsStillCheckedForUnitsAndBlanks() {
		// 0.9 for 90%: within 0% to 100%, and a hundred times smaller than the values
		assertThat(DataQuality.target(0.9, AROUND_95, true)).singleElement()
			.extracting(DataQualityFlag::message)
			.asString()
			.startsWith("The typical value of 95");
		assertThat(DataQuality.target(0.0, AROUND_95, true)).singleElement()
			.extracting(DataQualityFlag::message)
			.asString()
			.startsWith("The target is 0");
		assertThat(DataQuality.target(100.0, AROUND_95, true)).isEmpty();
		assertThat(DataQuality.target(150.0, List.of(), true)).isEmpty();
	}

	@Test
	void refusesFiguresThatAreNotNumbers() {
		assertThatIllegalArgumentException().isThrownBy(() -> DataQuality.target(Double.NaN, AROUND_95));
		assertThatIllegalArgumentException().isThrownBy(() -> DataQuality.target(1.0, List.of(Double.NaN)));
		assertThatNullPointerException().isThrownBy(() -> DataQuality.target(1.0, null));
	}

}
