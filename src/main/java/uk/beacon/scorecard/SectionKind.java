package uk.beacon.scorecard;

/**
 * How a council groups the indicators on a scorecard.
 */
public enum SectionKind {

	PERSPECTIVE("Perspective"), OBJECTIVE("Objective"), AREA_OF_FOCUS("Area of focus");

	private final String label;

	SectionKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
