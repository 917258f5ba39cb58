package uk.beacon.risk;

import java.util.Locale;
import java.util.Optional;

/**
 * The colour a band of scores is shown in. Grey is for a level that cannot be placed on
 * the red-amber-green scale, such as a published rating Beacon does not recognise.
 */
public enum BandColour {

	RED("Red", 3),

	AMBER("Amber", 2),

	GREEN("Green", 1),

	GREY("Grey", 0);

	private final String label;

	private final int severity;

	BandColour(String label, int severity) {
		this.label = label;
		this.severity = severity;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The word used in the import files: {@code red}, {@code amber}, {@code green} or
	 * {@code grey}.
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether the colour sits on the red-amber-green scale and so can be compared with
	 * another to tell whether a risk went up or down.
	 */
	public boolean ranked() {
		return this != GREY;
	}

	/**
	 * Red above amber above green; grey is not ranked and compares as 0.
	 */
	int severity() {
		return this.severity;
	}

	public static Optional<BandColour> fromCode(String code) {
		return Codes.find(BandColour.class, code);
	}

}
