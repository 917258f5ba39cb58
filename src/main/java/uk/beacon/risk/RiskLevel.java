package uk.beacon.risk;

import java.util.Objects;

/**
 * The level a risk is rated at, with its colour.
 *
 * @param level the council's word, such as "Red" or "High"
 * @param colour how it is shown
 * @param derived {@code true} when Beacon banded the rated score, {@code false} when only
 * the council's printed rating is known
 */
public record RiskLevel(String level, BandColour colour, boolean derived) {

	public RiskLevel {
		if (level == null || level.isBlank()) {
			throw new IllegalArgumentException("A risk level needs a word, such as Red.");
		}
		Objects.requireNonNull(colour, "A risk level needs a colour.");
	}

}
