package uk.beacon.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Numbers as officers type them: thousands separators, per cent and pound signs read; a
 * decimal comma, words and absurd sizes refused with what to type instead.
 */
class TypedNumberTest {

	@Test
	void readsWhatOfficersType() {
		assertThat(TypedNumber.read("1,234.50", "x")).isEqualByComparingTo("1234.5");
		assertThat(TypedNumber.read(" 64.5% ", "x")).isEqualByComparingTo("64.5");
		assertThat(TypedNumber.read("£1,200,000", "x")).isEqualByComparingTo("1200000");
		assertThat(TypedNumber.read("1E+3", "x").toPlainString()).isEqualTo("1000");
		assertThat(TypedNumber.read("0E-20000", "x").scale()).isZero();
	}

	@Test
	void refusesADecimalCommaWordsAndAbsurdSizes() {
		assertThatIllegalArgumentException().isThrownBy(() -> TypedNumber.read("64,5", "the figure"))
			.withMessage("Enter the figure with a full stop for decimals, like 64.5 (a comma separates thousands)");
		assertThatIllegalArgumentException().isThrownBy(() -> TypedNumber.read("1,23,456", "the figure"));
		assertThatIllegalArgumentException().isThrownBy(() -> TypedNumber.read("forty", "the figure"))
			.withMessage("Enter the figure as a number, like 42 or 12.5");
		assertThatIllegalArgumentException().isThrownBy(() -> TypedNumber.read("1e999999999", "the figure"))
			.withMessageContaining("below a million million million");
		// another script's digits are not read as 0 to 9 unseen
		assertThatIllegalArgumentException().isThrownBy(() -> TypedNumber.read("\u0664\u0662", "the figure"))
			.withMessageContaining("with the digits 0 to 9");
		// an exponent whose digits less itself overflow an int
		assertThatIllegalArgumentException().isThrownBy(() -> TypedNumber.read("1e2147483647", "the figure"))
			.withMessageContaining("below a million million million");
		assertThatIllegalArgumentException().isThrownBy(() -> TypedNumber.read("9".repeat(41), "the figure"))
			.withMessageContaining("no more than 40 characters");
	}

}
