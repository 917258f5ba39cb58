package uk.beacon.collection;

import java.util.Map;

import uk.beacon.access.ChangeRejected;

/**
 * A step in the collection that is not allowed, with the reason in words for the page;
 * when it is about what an owner typed, each mistake by the field of the
 * {@link Submission} it is in.
 */
public class CollectionRejected extends ChangeRejected {

	private final Map<String, String> fields;

	public CollectionRejected(String message) {
		super(message);
		this.fields = Map.of();
	}

	/**
	 * @param message the refusal as one sentence
	 * @param fields each mistake by the name of its field, in the order of the form
	 */
	CollectionRejected(String message, Map<String, String> fields) {
		super(message);
		this.fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
	}

	/**
	 * Each mistake by the name of the {@link Submission} field it is in, in the form's
	 * order; empty when the refusal is about the whole request.
	 */
	public Map<String, String> fields() {
		return this.fields;
	}

}
