package uk.beacon.analytics;

/**
 * The Making Data Count variation and assurance icons of an indicator's latest point, as
 * a scorecard or a dashboard line shows them: a letter in a coloured circle, with the
 * icon's words for those who cannot see it, and whether the limits are trial limits.
 *
 * @param variation the variation icon
 * @param assurance the assurance icon
 * @param trialLimits whether the limits come from fewer points than the minimum
 */
public record SpcIcons(VariationIcon variation, AssuranceIcon assurance, boolean trialLimits) {

	/** {@code null} without limits. */
	public static SpcIcons of(SpcAnalysis spc) {
		if (spc == null || !spc.enoughData()) {
			return null;
		}
		return new SpcIcons(spc.variation(), spc.assurance(), spc.trialLimits());
	}

	/** The letter in the circle: H or L for a special cause, a dash for common cause. */
	public String variationMark() {
		return switch (this.variation.direction()) {
			case HIGHER -> "H";
			case LOWER -> "L";
			case NONE -> "–";
		};
	}

	/** The circle's colour: improvement, concern, neither or common cause. */
	public String variationClass() {
		if (this.variation.nature() == null) {
			return "beacon-spc-icon--common";
		}
		return "beacon-spc-icon--" + this.variation.nature().name().toLowerCase(java.util.Locale.ROOT);
	}

	/** P, F or ?, and nothing when there is no target. */
	public String assuranceMark() {
		return switch (this.assurance) {
			case CONSISTENTLY_PASSING -> "P";
			case CONSISTENTLY_FAILING -> "F";
			case HIT_AND_MISS -> "?";
			case NO_TARGET -> "";
		};
	}

	public String assuranceClass() {
		return switch (this.assurance) {
			case CONSISTENTLY_PASSING -> "beacon-spc-icon--improvement";
			case CONSISTENTLY_FAILING -> "beacon-spc-icon--concern";
			case HIT_AND_MISS, NO_TARGET -> "beacon-spc-icon--common";
		};
	}

	/** The words for a screen reader and for the key: the icon and any caution. */
	public String variationText() {
		return this.variation.label() + (this.trialLimits ? " (trial limits)" : "");
	}

}
