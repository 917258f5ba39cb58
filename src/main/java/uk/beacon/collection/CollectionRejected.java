package uk.beacon.collection;

import uk.beacon.access.ChangeRejected;

/**
 * A step in the collection that is not allowed, with the reason in words for the page.
 */
public class CollectionRejected extends ChangeRejected {

	public CollectionRejected(String message) {
		super(message);
	}

}
