package uk.beacon.indicator;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ToleranceTest {

	@Test
	void noToleranceHasNoBand() {
		assertThat(Tolerance.none().bandWidth(new BigDecimal("86"))).isEqualByComparingTo("0");
		assertThat(Tolerance.none().kind()).isEqualTo(Tolerance.Kind.NONE);
	}

	@Test
	void anAbsoluteToleranceIsTheSameWhateverTheTarget() {
		Tolerance onePoint = Tolerance.absolute(BigDecimal.ONE);
		assertThat(onePoint.bandWidth(new BigDecimal("86"))).isEqualByComparingTo("1");
		assertThat(onePoint.bandWidth(new BigDecimal("-4000"))).isEqualByComparingTo("1");
	}

	@Test
	void aPercentageToleranceIsAShareOfTheTarget() {
		Tolerance fivePercent = Tolerance.percentage(new BigDecimal("5"));
		assertThat(fivePercent.bandWidth(new BigDecimal("3000000"))).isEqualByComparingTo("150000");
		assertThat(fivePercent.bandWidth(new BigDecimal("95"))).isEqualByComparingTo("4.75");
	}

	@Test
	void aPercentageToleranceOfANegativeTargetIsStillAPositiveBand() {
		assertThat(Tolerance.percentage(new BigDecimal("10")).bandWidth(new BigDecimal("-1.48")))
			.isEqualByComparingTo("0.148");
	}

	@Test
	void aNoneToleranceWithoutAnAmountIsZero() {
		assertThat(new Tolerance(Tolerance.Kind.NONE, null)).isEqualTo(Tolerance.none());
	}

	@Test
	void rejectsANegativeAmount() {
		assertThatIllegalArgumentException().isThrownBy(() -> Tolerance.absolute(new BigDecimal("-1")))
			.withMessage("A tolerance cannot be negative (-1)");
	}

	@Test
	void rejectsAnAmountOnNoTolerance() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Tolerance(Tolerance.Kind.NONE, BigDecimal.TEN));
	}

	@Test
	void rejectsAMissingAmountOrKind() {
		assertThatNullPointerException().isThrownBy(() -> Tolerance.percentage(null));
		assertThatNullPointerException().isThrownBy(() -> new Tolerance(null, BigDecimal.ONE));
	}

}
