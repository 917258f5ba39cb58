package uk.beacon.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RiskControlTest {

	@Test
	void isNotAssessedWhenNoEffectivenessIsGiven() {
		RiskControl control = new RiskControl("Service Challenge Board established", null);
		assertThat(control.effectiveness()).isEqualTo(ControlEffectiveness.NOT_ASSESSED);
	}

	@Test
	void needsToSayWhatIsInPlace() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RiskControl("", ControlEffectiveness.EFFECTIVE))
			.withMessage("A control needs a description of what is in place.");
	}

	@Test
	void effectivenessReadsAsOfficersSayIt() {
		assertThat(ControlEffectiveness.EFFECTIVE.label()).isEqualTo("Effective");
		assertThat(ControlEffectiveness.PARTIALLY_EFFECTIVE.label()).isEqualTo("Partially effective");
		assertThat(ControlEffectiveness.INEFFECTIVE.label()).isEqualTo("Ineffective");
		assertThat(ControlEffectiveness.NOT_ASSESSED.label()).isEqualTo("Not assessed");
	}

	@Test
	void readsTheImportsWordsForEffectiveness() {
		assertThat(ControlEffectiveness.fromCode("partially_effective"))
			.contains(ControlEffectiveness.PARTIALLY_EFFECTIVE);
		assertThat(ControlEffectiveness.fromCode("Partially-effective"))
			.contains(ControlEffectiveness.PARTIALLY_EFFECTIVE);
		assertThat(ControlEffectiveness.fromCode("good")).isEmpty();
		assertThat(ControlEffectiveness.NOT_ASSESSED.code()).isEqualTo("not_assessed");
	}

	@Test
	void kindsReadAsOfficersSayThem() {
		assertThat(RiskKind.RISK.label()).isEqualTo("Risk");
		assertThat(RiskKind.OPPORTUNITY.label()).isEqualTo("Opportunity");
		assertThat(RiskKind.fromCode("Opportunity")).contains(RiskKind.OPPORTUNITY);
		assertThat(RiskKind.RISK.code()).isEqualTo("risk");
	}

	@Test
	void coloursReadAsOfficersSayThem() {
		assertThat(BandColour.RED.label()).isEqualTo("Red");
		assertThat(BandColour.fromCode("amber")).contains(BandColour.AMBER);
		assertThat(BandColour.fromCode("blue")).isEmpty();
		assertThat(BandColour.GREY.ranked()).isFalse();
		assertThat(BandColour.GREEN.ranked()).isTrue();
		assertThat(BandColour.GREY.code()).isEqualTo("grey");
	}

}
