package uk.beacon.risk;

/**
 * A risk that may be the same as one in another register, for an officer to look at.
 * Beacon only suggests; it never merges.
 *
 * @param reference the risk the suggestion is about
 * @param otherReference the risk it may duplicate
 * @param similarity how alike their words are, 0 (nothing shared) to 1 (the same words)
 * @param reason what they share, in plain English
 */
public record DuplicateSuggestion(String reference, String otherReference, double similarity, String reason) {

	public DuplicateSuggestion {
		if (!(similarity >= 0 && similarity <= 1)) {
			throw new IllegalArgumentException("A similarity is from 0 to 1, not " + similarity + ".");
		}
	}

}
