package uk.beacon.audit;

import java.time.OffsetDateTime;

/**
 * One change: who, when, what, the before and after where there are any, and the reason
 * where one was given.
 */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String action, String subjectType,
		String subject, String before, String after, String reason) {

	private static final String NEXT_FIGURE = "\n\ndata period: ";

	/**
	 * The action in words: "Indicator changed" for {@code INDICATOR_CHANGED}; "Figures
	 * recorded (12)" for an import's entry that lists twelve figures of an indicator.
	 */
	public String what() {
		if ("FIGURE_RECORDED".equals(this.action) && this.after != null) {
			// an import lists an indicator's figures in one entry, each beginning with
			// its
			// data period after a blank line
			int figures = 1;
			for (int at = this.after.indexOf(NEXT_FIGURE); at >= 0; at = this.after.indexOf(NEXT_FIGURE,
					at + NEXT_FIGURE.length())) {
				figures++;
			}
			if (figures > 1) {
				return "Figures recorded (" + figures + ")";
			}
		}
		String words = this.action.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
