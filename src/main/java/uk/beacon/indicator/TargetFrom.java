package uk.beacon.indicator;

/**
 * A target to set for one indicator from a quarter on, as a person set it on a page of
 * many (the targets for a year of a scorecard's indicators).
 *
 * @param indicatorId the indicator
 * @param target the new target
 * @param rule its RAG rule: its own tolerances, or the council's rule followed
 * @param seen the {@link IndicatorTarget#fingerprint()} of the target that applied until
 * replaced as the person saw it, {@code null} when they saw none
 */
public record TargetFrom(long indicatorId, Target target, RagRule rule, String seen) {

}
