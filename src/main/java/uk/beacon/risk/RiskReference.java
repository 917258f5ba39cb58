package uk.beacon.risk;

import java.util.Objects;

/**
 * The council's reference for a risk or opportunity (CR1, CO1, DIR-3), unique across
 * Beacon.
 */
public record RiskReference(String value) {

	public RiskReference {
		Objects.requireNonNull(value, "value");
		value = value.trim();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
