package uk.beacon.risk;

/**
 * The words of a risk that {@link DuplicateFinder} compares.
 *
 * @param reference the risk's reference, such as CR2
 * @param registerName the register it is in; risks in the same register are never
 * suggested as duplicates of each other
 * @param title the risk's title
 * @param description its description, or {@code null}
 * @param consequences its possible consequences (an opportunity's benefits), or
 * {@code null}
 */
public record RiskText(String reference, String registerName, String title, String description, String consequences) {

	public RiskText {
		if (reference == null || reference.isBlank()) {
			throw new IllegalArgumentException("A risk needs a reference, such as CR2.");
		}
		if (registerName == null || registerName.isBlank()) {
			throw new IllegalArgumentException("The risk " + reference + " needs the register it is in.");
		}
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("The risk " + reference + " needs a title.");
		}
	}

}
