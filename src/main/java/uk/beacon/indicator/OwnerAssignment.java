package uk.beacon.indicator;

/**
 * Names the officer who owns an indicator's figures.
 *
 * @param indicatorId the indicator
 * @param expectedVersion the version the person saw, so that a colleague's change made
 * meanwhile is not overwritten
 * @param ownerName the owner's name
 * @param ownerEmail the owner's e-mail address, which is how requests find them
 */
public record OwnerAssignment(long indicatorId, int expectedVersion, String ownerName, String ownerEmail) {

}
