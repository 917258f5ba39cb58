package uk.beacon.risk;

import java.util.List;
import java.util.Locale;

/**
 * What a reader narrows a register to; an empty field matches everything.
 */
public record RiskFilter(String register, String level, String owner, String category, RiskDirection direction) {

	public static RiskFilter none() {
		return new RiskFilter(null, null, null, null, null);
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
				&& (this.direction == null || this.direction == s.direction());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static boolean contains(String text, String part) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT).trim());
	}

}
