package uk.beacon.risk;

import java.util.Locale;
import java.util.Optional;

/**
 * The colour a band of scores is shown in, from a palette a council chooses each level's
 * colour from. Pages always print the level's name in the colour, never the colour alone;
 * the palette is also ordered by lightness, darkest for the most severe, so that
 * neighbouring levels differ in lightness as well as hue and are told apart by someone
 * who cannot tell red from green. Grey is for a level that cannot be placed on the scale,
 * such as a published rating Beacon does not recognise.
 * <p>
 * Each colour also counts as red, amber or green, for the rules that speak of red risks
 * (a cabinet report's red risks, "red in the last 12 months"): a council with Very High
 * in dark red and High in red has both among its red risks.
 */
public enum BandColour {

	DARK_RED("Dark red", 7, "#6e1010", "#ffffff", "#6e1010"),

	RED("Red", 6, "#c0392b", "#ffffff", "#d4351c"),

	ORANGE("Orange", 5, "#e87d2e", "#0b0c0c", "#a84a00"),

	AMBER("Amber", 4, "#f2a93b", "#0b0c0c", "#8a4a00"),

	YELLOW("Yellow", 3, "#ecc63a", "#0b0c0c", "#6b5c00"),

	LIGHT_GREEN("Light green", 2, "#cdecb5", "#0b0c0c", "#3d6b1f"),

	GREEN("Green", 1, "#eaf7e4", "#0b0c0c", "#00703c"),

	GREY("Grey", 0, "#f3f2f1", "#0b0c0c", "#505a5f");

	private final String label;

	private final int severity;

	private final String fill;

	private final String text;

	private final String ink;

	BandColour(String label, int severity, String fill, String text, String ink) {
		this.label = label;
		this.severity = severity;
		this.fill = fill;
		this.text = text;
		this.ink = ink;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The word used in the import files: {@code red}, {@code dark_red}, {@code grey}.
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The background a level in this colour is shown on, as {@code #rrggbb}.
	 */
	public String fill() {
		return this.fill;
	}

	/**
	 * The colour of the level's name on its {@link #fill()}: white on the darker fills,
	 * near-black on the lighter ones, each at least 4.5:1.
	 */
	public String text() {
		return this.text;
	}

	/**
	 * The colour of the level's name printed on white, as a report prints it, at least
	 * 4.5:1.
	 */
	public String ink() {
		return this.ink;
	}

	/**
	 * Whether the colour sits on the scale and so can be compared with another to tell
	 * whether a risk went up or down.
	 */
	public boolean ranked() {
		return this != GREY;
	}

	/**
	 * What the colour counts as on the red-amber-green scale: {@link #RED},
	 * {@link #AMBER}, {@link #GREEN}, or {@link #GREY} for grey.
	 */
	public BandColour rag() {
		return switch (this) {
			case DARK_RED, RED -> RED;
			case ORANGE, AMBER, YELLOW -> AMBER;
			case LIGHT_GREEN, GREEN -> GREEN;
			case GREY -> GREY;
		};
	}

	/**
	 * Whether a level in this colour is one of the council's red risks.
	 */
	public boolean red() {
		return rag() == RED;
	}

	/**
	 * Darker, more severe colours above lighter ones; grey is not ranked and compares as
	 * 0.
	 */
	public int severity() {
		return this.severity;
	}

	public static Optional<BandColour> fromCode(String code) {
		return Codes.find(BandColour.class, code);
	}

}
