package uk.beacon.risk;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.UnitUses;

/**
 * A unit is in use while a register of its holds an open risk or opportunity.
 */
@Component
class RiskUnitUses implements UnitUses {

	private final RiskRegisters registers;

	private final Risks risks;

	RiskUnitUses(RiskRegisters registers, Risks risks) {
		this.registers = registers;
		this.risks = risks;
	}

	@Override
	public List<String> inUse(OrganisationUnit unit) {
		List<String> inUse = new ArrayList<>();
		for (RiskRegister register : this.registers.findAll()) {
			if (register.organisationUnitId() != unit.id()) {
				continue;
			}
			long open = this.risks.onRegister(register.id())
				.stream()
				.filter(r -> r.status() == RiskStatus.OPEN)
				.count();
			if (open > 0) {
				inUse.add("its register " + register.name() + " holds " + open + " open "
						+ ((open == 1) ? "risk" : "risks") + ": close or move " + ((open == 1) ? "it" : "them")
						+ " first");
			}
		}
		return inUse;
	}

}
