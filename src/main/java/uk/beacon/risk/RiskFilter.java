package uk.beacon.risk;

import java.util.List;
import java.util.Locale;

/**
 * What a reader narrows a register to; an empty field matches everything.
 */
public record RiskFilter(String register, String level, String owner, String category, RiskDirection direction,
		String area) {

	/**
	 * The area a filter names for the risks in no area: no area's code, which starts with
	 * a letter or digit, can be it.
	 */
	public static final String NO_AREA = "_none";

	/** How a page names the risks in no area. */
	public static final String NO_AREA_TITLE = "No area";

	/** Any area. */
	public RiskFilter(String register, String level, String owner, String category, RiskDirection direction) {
		this(register, level, owner, category, direction, null);
	}

	public static RiskFilter none() {
		return new RiskFilter(null, null, null, null, null, null);
	}

	/** The risks of one area, or with {@link #NO_AREA} those of none, on any register. */
	public static RiskFilter inArea(String area) {
		return new RiskFilter(null, null, null, null, null, area);
	}

	/**
	 * @return the summaries that match, in the order given
	 */
	public List<RiskSummary> select(List<RiskSummary> summaries) {
		return summaries.stream().filter(this::matches).toList();
	}

	boolean matches(RiskSummary s) {
		return (blank(this.register) || this.register.equals(s.register().code()))
				&& (blank(this.level) || this.level.equalsIgnoreCase(s.levelName()))
				&& (blank(this.owner) || contains(s.risk().owner(), this.owner))
				&& (blank(this.category) || this.category.equalsIgnoreCase(s.risk().category()))
				&& (this.direction == null || this.direction == s.direction()) && inArea(s.area());
	}

	private boolean inArea(RiskArea in) {
		if (blank(this.area)) {
			return true;
		}
		return NO_AREA.equals(this.area) ? in == null : in != null && this.area.equals(in.code());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static boolean contains(String text, String part) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT).trim());
	}

}
