package uk.beacon.collection;

/**
 * A step in the collection that is not allowed, with the reason in words for the page.
 */
public class CollectionRejected extends RuntimeException {

	public CollectionRejected(String message) {
		super(message);
	}

}
