package uk.beacon.risk;

/**
 * Who is looking: restricted (Part II / Part B) content is only ever shown to officers.
 */
public enum Audience {

	/** Residents and anyone not signed in: restricted risks and fields never appear. */
	PUBLIC,

	/** Officers entitled to see restricted risks. */
	OFFICER

}
