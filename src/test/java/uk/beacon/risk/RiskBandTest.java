package uk.beacon.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RiskBandTest {

	private final RiskBand amber = new RiskBand(8, 12, "Amber", BandColour.AMBER);

	@Test
	void containsBothEnds() {
		assertThat(this.amber.contains(8)).isTrue();
		assertThat(this.amber.contains(12)).isTrue();
		assertThat(this.amber.contains(7)).isFalse();
		assertThat(this.amber.contains(13)).isFalse();
	}

	@Test
	void aBandMayHoldOneScore() {
		assertThat(new RiskBand(25, 25, "Critical", BandColour.RED).contains(25)).isTrue();
	}

	@Test
	void describesItselfForMessages() {
		assertThat(this.amber.describe()).isEqualTo("Amber (8 to 12)");
	}

	@Test
	void keepsTheLevelWithoutSurroundingSpace() {
		assertThat(new RiskBand(1, 6, " Green ", BandColour.GREEN).level()).isEqualTo("Green");
	}

	@Test
	void rejectsABandRunningDownwards() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RiskBand(12, 8, "Amber", BandColour.AMBER))
			.withMessage("The band Amber runs from 12 down to 8; give the lower score first.");
	}

	@Test
	void rejectsABandStartingAtZero() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RiskBand(0, 6, "Green", BandColour.GREEN))
			.withMessage("The band Green starts at 0; a band starts at a score of 1 or more.");
	}

	@Test
	void rejectsABandWithoutALevel() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RiskBand(1, 6, " ", BandColour.GREEN))
			.withMessage("A band needs a level, such as Red.");
	}

	@Test
	void rejectsABandWithoutAColour() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RiskBand(1, 6, "Green", null))
			.withMessage("The band Green needs a colour: one of dark_red, red, orange, amber, yellow, light_green, "
					+ "green or grey.");
	}

}
