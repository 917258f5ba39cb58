package uk.beacon.risk;

/**
 * A person confirms that one risk duplicates another.
 *
 * @param merged the duplicate, which is closed and keeps its content and history
 * @param expectedVersion the version of the duplicate the person saw
 * @param into the risk that survives
 * @param reason why they are the same risk
 */
public record RiskMerge(RiskReference merged, int expectedVersion, RiskReference into, String reason) {

}
