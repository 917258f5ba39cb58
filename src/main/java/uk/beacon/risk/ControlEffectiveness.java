package uk.beacon.risk;

import java.util.Locale;
import java.util.Optional;

/**
 * How well a current control is judged to work. Most registers do not say, so "not
 * assessed" is the default rather than a guess.
 */
public enum ControlEffectiveness {

	EFFECTIVE("Effective"),

	PARTIALLY_EFFECTIVE("Partially effective"),

	INEFFECTIVE("Ineffective"),

	NOT_ASSESSED("Not assessed");

	private final String label;

	ControlEffectiveness(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The word used in the import files, such as {@code partially_effective}.
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ControlEffectiveness> fromCode(String code) {
		return Codes.find(ControlEffectiveness.class, code);
	}

}
