package uk.beacon.analytics;

/**
 * Which direction of an indicator is better: {@link #UP} when higher is better,
 * {@link #DOWN} when lower is better, {@link #NEITHER} for a measure watched only for
 * change, which then gets neither improvement nor concern icons and no assurance.
 */
public enum Improvement {

	UP, DOWN, NEITHER

}
