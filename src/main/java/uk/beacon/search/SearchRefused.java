package uk.beacon.search;

/**
 * A search that cannot be run as typed, with what to do instead.
 */
public class SearchRefused extends RuntimeException {

	public SearchRefused(String message) {
		super(message);
	}

}
