package uk.beacon.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class TargetTest {

	private static final LocalDate JULY_2019 = LocalDate.of(2019, 7, 1);

	private static final LocalDate JUNE_2024 = LocalDate.of(2024, 6, 30);

	@Test
	void describesEachShapeInTheCouncilsWords() {
		assertThat(new Target.None().describe(Unit.PERCENT, 0)).isEqualTo("no target");
		assertThat(new Target.Value(new BigDecimal("86")).describe(Unit.PERCENT, 0)).isEqualTo("86%");
		assertThat(new Target.Range(new BigDecimal("600"), new BigDecimal("680")).describe(Unit.RATE_PER_100000, 1))
			.isEqualTo("600–680 per 100,000");
		assertThat(new Target.Profile(new BigDecimal("120"), "Q3 2019/20").describe(Unit.NUMBER, 2))
			.isEqualTo("120 for Q3 2019/20");
		assertThat(new Target.MultiYearTotal(new BigDecimal("150"), JULY_2019, JUNE_2024).describe(Unit.NUMBER, 0))
			.isEqualTo("150 by 30/06/2024");
		assertThat(new Target.Quartile(2).describe(Unit.PERCENT, 1)).isEqualTo("quartile 2 or better");
		assertThat(new Target.Quartile(1).describe(Unit.PERCENT, 1)).isEqualTo("quartile 1");
	}

	@Test
	void printsATargetWithThePrecisionItWasSetWith() {
		assertThat(new Target.Value(new BigDecimal("0.1")).describe(Unit.PERCENT, 2)).isEqualTo("0.1%");
		assertThat(new Target.Value(new BigDecimal("71.8")).describe(Unit.PERCENT, 1)).isEqualTo("71.8%");
		assertThat(new Target.Value(new BigDecimal("7")).describe(Unit.DAYS, 2)).isEqualTo("7 days");
	}

	@Test
	void roundsATargetMorePreciseThanTheIndicator() {
		assertThat(new Target.Value(new BigDecimal("71.85")).describe(Unit.PERCENT, 1)).isEqualTo("71.9%");
	}

	@Test
	void printsARangeWithTheUnitOnce() {
		assertThat(new Target.Range(new BigDecimal("60"), new BigDecimal("70.5")).describe(Unit.PERCENT, 1))
			.isEqualTo("60–70.5%");
		assertThat(new Target.Range(new BigDecimal("1000"), new BigDecimal("2000")).describe(Unit.CURRENCY_GBP, 0))
			.isEqualTo("£1,000–£2,000");
		assertThat(new Target.Range(new BigDecimal("3"), new BigDecimal("5")).describe(Unit.DAYS, 0))
			.isEqualTo("3–5 days");
	}

	@Test
	void aMultiYearTotalInPoundsReadsAsMoney() {
		assertThat(new Target.MultiYearTotal(new BigDecimal("11250000"), JULY_2019, JUNE_2024)
			.describe(Unit.CURRENCY_GBP, 0)).isEqualTo("£11,250,000 by 30/06/2024");
	}

	@Test
	void aRangeCannotBeUpsideDown() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Target.Range(new BigDecimal("680"), new BigDecimal("600")))
			.withMessage("The low end of a target range (680) must not be above its high end (600)");
	}

	@Test
	void aRangeMayBeASinglePoint() {
		assertThat(new Target.Range(BigDecimal.ONE, BigDecimal.ONE).low()).isEqualByComparingTo("1");
	}

	@Test
	void aMultiYearTotalCannotEndBeforeItStarts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Target.MultiYearTotal(BigDecimal.TEN, JUNE_2024, JULY_2019))
			.withMessage("A multi-year target cannot end (01/07/2019) before it starts (30/06/2024)");
	}

	@Test
	void aQuartileIsOneToFour() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Target.Quartile(0))
			.withMessage("A quartile is 1 (top) to 4 (bottom), not 0");
		assertThatIllegalArgumentException().isThrownBy(() -> new Target.Quartile(5));
	}

	@Test
	void aProfileNamesItsPeriod() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Target.Profile(BigDecimal.TEN, " "))
			.withMessage("A profiled target needs the period it is for, such as Q3 2019/20");
	}

	@Test
	void figuresAreRequired() {
		assertThatNullPointerException().isThrownBy(() -> new Target.Value(null));
		assertThatNullPointerException().isThrownBy(() -> new Target.Range(null, BigDecimal.ONE));
		assertThatNullPointerException().isThrownBy(() -> new Target.Range(BigDecimal.ONE, null));
		assertThatNullPointerException().isThrownBy(() -> new Target.Profile(null, "Q1 2019/20"));
		assertThatNullPointerException().isThrownBy(() -> new Target.MultiYearTotal(null, JULY_2019, JUNE_2024));
		assertThatNullPointerException().isThrownBy(() -> new Target.MultiYearTotal(BigDecimal.ONE, null, JUNE_2024));
		assertThatNullPointerException().isThrownBy(() -> new Target.MultiYearTotal(BigDecimal.ONE, JULY_2019, null));
	}

}
