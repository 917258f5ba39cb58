package uk.beacon.risk;

/**
 * A control in place now, and how well it is judged to work.
 *
 * @param control what the control is
 * @param effectiveness how well it works; not assessed when not given
 */
public record RiskControl(String control, ControlEffectiveness effectiveness) {

	public RiskControl {
		if (control == null || control.isBlank()) {
			throw new IllegalArgumentException("A control needs a description of what is in place.");
		}
		effectiveness = (effectiveness != null) ? effectiveness : ControlEffectiveness.NOT_ASSESSED;
	}

}
