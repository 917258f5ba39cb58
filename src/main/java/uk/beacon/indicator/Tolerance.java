package uk.beacon.indicator;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How far short of its target an indicator may fall and still be amber rather than red
 * (or, as a {@link RagRule}'s green tolerance, still green). Councils state it either in
 * the indicator's own unit ("within 1 point") or as a share of the target ("within 5%").
 *
 * @param kind none, absolute or percentage
 * @param amount how far short, in the indicator's unit or in percent of the target; zero
 * for {@link Kind#NONE}
 */
public record Tolerance(Kind kind, BigDecimal amount) {

	public Tolerance {
		Objects.requireNonNull(kind, "kind must not be null");
		if (kind == Kind.NONE) {
			if (amount != null && amount.signum() != 0) {
				throw new IllegalArgumentException("A tolerance of kind NONE cannot have an amount (" + amount + ")");
			}
			amount = BigDecimal.ZERO;
		}
		Objects.requireNonNull(amount, "A " + kind + " tolerance needs an amount");
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("A tolerance cannot be negative (" + amount + ")");
		}
	}

	public static Tolerance none() {
		return new Tolerance(Kind.NONE, BigDecimal.ZERO);
	}

	public static Tolerance absolute(BigDecimal amount) {
		return new Tolerance(Kind.ABSOLUTE, amount);
	}

	public static Tolerance percentage(BigDecimal amount) {
		return new Tolerance(Kind.PERCENTAGE, amount);
	}

	/** How far short of the given target this reaches, in the target's unit. */
	public BigDecimal bandWidth(BigDecimal target) {
		return switch (this.kind) {
			case NONE -> BigDecimal.ZERO;
			case ABSOLUTE -> this.amount;
			// exact: a share of a target never needs rounding before it is compared
			case PERCENTAGE -> target.abs().multiply(this.amount).movePointLeft(2);
		};
	}

	public enum Kind {

		NONE, ABSOLUTE, PERCENTAGE

	}

}
