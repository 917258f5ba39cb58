package uk.beacon.risk;

import java.util.Objects;

/**
 * A register of risks kept for a unit of the organisation tree.
 *
 * @param id database identity, {@code null} until saved
 * @param code unique code
 * @param name the register's name as the council writes it
 * @param kind corporate, directorate, service or project
 * @param organisationUnitId the unit that owns it
 * @param escalatesToId the register a risk is escalated to, {@code null} at the top
 */
public record RiskRegister(Long id, String code, String name, RegisterKind kind, long organisationUnitId,
		Long escalatesToId) {

	public RiskRegister {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
	}

	/**
	 * @return the register a risk on this one escalates to
	 * @throws RiskChangeRejected when this is the top of its council's registers
	 */
	public long requireEscalatesTo(String reference) {
		if (this.escalatesToId == null) {
			throw new RiskChangeRejected(reference + " is on " + this.name + ", which has no register above it.");
		}
		return this.escalatesToId;
	}

}
