package uk.beacon.identity;

/**
 * A signed-in principal, whichever way the person signed in.
 */
public interface BeaconPrincipal {

	Viewer viewer();

}
