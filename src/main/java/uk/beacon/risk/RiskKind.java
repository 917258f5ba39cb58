package uk.beacon.risk;

import java.util.Locale;
import java.util.Optional;

/**
 * A register holds threats and opportunities side by side; both are scored on the same
 * matrix, an opportunity with its own impact words where the council has them.
 */
public enum RiskKind {

	RISK("Risk"),

	OPPORTUNITY("Opportunity");

	private final String label;

	RiskKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The word used in the import files: {@code risk} or {@code opportunity}.
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<RiskKind> fromCode(String code) {
		return Codes.find(RiskKind.class, code);
	}

}
