package uk.beacon.risk;

/**
 * A person moves a risk up to the register above its own, or back to the register it was
 * escalated from.
 *
 * @param risk the risk
 * @param expectedVersion the version the person saw
 * @param reason why, for the register's history
 */
public record RiskMove(RiskReference risk, int expectedVersion, String reason) {

}
