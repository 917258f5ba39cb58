package uk.beacon.reporting;

/**
 * The two documents a report is published as: Part A for everyone, Part B, with the
 * restricted risks, for those entitled to see them.
 */
public enum Part {

	A, B

}
