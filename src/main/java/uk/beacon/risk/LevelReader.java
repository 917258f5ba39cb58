package uk.beacon.risk;

import java.util.OptionalInt;

/**
 * Reads one impact or likelihood cell. The messages guess at the likely slip: a risk word
 * given for an opportunity, or the impact and likelihood columns swapped.
 */
final class LevelReader {

	private LevelReader() {
	}

	static Level impact(String text, RiskMatrix matrix, RiskKind kind) {
		if (RiskPositions.isNumber(text)) {
			return number(text, matrix, "an impact");
		}
		OptionalInt level = matrix.impactLevel(text, kind);
		if (level.isPresent()) {
			return Level.of(level.getAsInt());
		}
		RiskKind other = (kind == RiskKind.RISK) ? RiskKind.OPPORTUNITY : RiskKind.RISK;
		OptionalInt otherLevel = matrix.impactLevel(text, other);
		if (otherLevel.isPresent()) {
			int at = otherLevel.getAsInt();
			return Level.error(quoted(text) + " is the impact of " + article(other) + ", not " + article(kind)
					+ "; for " + article(kind) + " at level " + at + " use " + matrix.impactLabel(at, kind) + ".");
		}
		String words = Phrases.oneOf(matrix.impactLabels(kind));
		if (matrix.likelihoodLevel(text).isPresent()) {
			return Level.error(quoted(text) + " is a likelihood, not an impact; use " + words + ".");
		}
		String what = (kind == RiskKind.OPPORTUNITY) ? "an opportunity impact" : "an impact";
		return Level.error(quoted(text) + " is not " + what + " on the matrix; use " + words + ".");
	}

	static Level likelihood(String text, RiskMatrix matrix) {
		if (RiskPositions.isNumber(text)) {
			return number(text, matrix, "a likelihood");
		}
		OptionalInt level = matrix.likelihoodLevel(text);
		if (level.isPresent()) {
			return Level.of(level.getAsInt());
		}
		String words = Phrases.oneOf(matrix.likelihoodLabels());
		boolean anImpact = matrix.impactLevel(text, RiskKind.RISK).isPresent()
				|| matrix.impactLevel(text, RiskKind.OPPORTUNITY).isPresent();
		if (anImpact) {
			return Level.error(quoted(text) + " is an impact, not a likelihood; use " + words + ".");
		}
		return Level.error(quoted(text) + " is not a likelihood on the matrix; use " + words + ".");
	}

	private static Level number(String text, RiskMatrix matrix, String axis) {
		Integer level = RiskPositions.whole(text);
		if (level == null || level < 1 || level > matrix.size()) {
			return Level.error(matrix.notALevel(text, axis));
		}
		return Level.of(level);
	}

	private static String article(RiskKind kind) {
		return (kind == RiskKind.RISK) ? "a risk" : "an opportunity";
	}

	private static String quoted(String text) {
		return "\"" + text + "\"";
	}

	/**
	 * A level read from a cell, or why it could not be.
	 */
	record Level(int value, String error) {

		static Level of(int level) {
			return new Level(level, null);
		}

		static Level error(String message) {
			return new Level(0, message);
		}

	}

}
