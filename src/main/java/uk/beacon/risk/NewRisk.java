package uk.beacon.risk;

/**
 * What an officer enters to add a risk or opportunity to a register.
 */
public record NewRisk(String registerCode, RiskKind kind, String reference, String title, String description,
		String category, String consequences, String owner, Integer reviewMonths, boolean restricted) {

}
