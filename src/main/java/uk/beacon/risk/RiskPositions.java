package uk.beacon.risk;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a position from text as the import and the council's own reports give it: each
 * level by number ("4") or by word ("Major", "major"), with an optional score that must
 * agree, or a score alone. Messages are final wording, passed to the officer as they are.
 */
public final class RiskPositions {

	public static final String IMPACT = "impact";

	public static final String LIKELIHOOD = "likelihood";

	public static final String SCORE = "score";

	private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");

	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+[.,]?\\d*|[.,]\\d+)");

	private static final Pattern SCORE_AND_WORD = Pattern.compile("(\\d+)\\s+(\\S.*)");

	private RiskPositions() {
	}

	/**
	 * Reads the three cells of one position, such as {@code current_impact},
	 * {@code current_likelihood} and {@code current_score}. Blank cells are absent; all
	 * three blank is no position at all, which is not an error.
	 */
	public static Result read(String impact, String likelihood, String score, RiskMatrix matrix, RiskKind kind) {
		Objects.requireNonNull(matrix, "matrix must not be null");
		Objects.requireNonNull(kind, "kind must not be null");
		String impactText = trimmed(impact);
		String likelihoodText = trimmed(likelihood);
		String scoreText = trimmed(score);
		if (impactText == null && likelihoodText == null) {
			return (scoreText != null) ? scoreAlone(scoreText, matrix) : Result.empty();
		}
		if (likelihoodText == null) {
			return Result.error(LIKELIHOOD, "There is an impact but no likelihood; give both, or the score alone.");
		}
		if (impactText == null) {
			return Result.error(IMPACT, "There is a likelihood but no impact; give both, or the score alone.");
		}
		LevelReader.Level impactLevel = LevelReader.impact(impactText, matrix, kind);
		if (impactLevel.error() != null) {
			return Result.error(IMPACT, impactLevel.error());
		}
		LevelReader.Level likelihoodLevel = LevelReader.likelihood(likelihoodText, matrix);
		if (likelihoodLevel.error() != null) {
			return Result.error(LIKELIHOOD, likelihoodLevel.error());
		}
		RiskPosition position = RiskPosition.of(impactLevel.value(), likelihoodLevel.value());
		if (scoreText != null) {
			Integer given = whole(scoreText);
			if (given == null) {
				return Result.error(SCORE, notAWholeNumber(scoreText));
			}
			if (given != position.score()) {
				return Result.error(SCORE, scoreText + " is not " + factorNumbers(position, matrix) + " = "
						+ position.score() + " (" + matrix.factors(position, kind) + ").");
			}
		}
		return Result.of(position);
	}

	/**
	 * Reads a position as a council printed it: "12 Major/possible", "16 Major/ Likely",
	 * "Major/Likely" or a score alone, "20", in the council's order ("12 Possible/Major"
	 * where it writes likelihood first). The error names the part that is wrong.
	 */
	public static Result readAsPrinted(String printed, RiskMatrix matrix, RiskKind kind) {
		String text = trimmed(printed);
		if (text == null || !text.contains("/")) {
			return read(null, null, text, matrix, kind);
		}
		String before = text.substring(0, text.indexOf('/')).strip();
		String after = text.substring(text.indexOf('/') + 1);
		Matcher scoreAndWord = SCORE_AND_WORD.matcher(before);
		String score = scoreAndWord.matches() ? scoreAndWord.group(1) : null;
		String first = scoreAndWord.matches() ? scoreAndWord.group(2) : before;
		boolean likelihoodFirst = matrix.writing().likelihoodFirst();
		return read(likelihoodFirst ? after : first, likelihoodFirst ? first : after, score, matrix, kind);
	}

	/**
	 * "4 × 3", the levels in the council's order.
	 */
	private static String factorNumbers(RiskPosition position, RiskMatrix matrix) {
		return matrix.writing().likelihoodFirst() ? position.likelihood() + " × " + position.impact()
				: position.impact() + " × " + position.likelihood();
	}

	private static Result scoreAlone(String scoreText, RiskMatrix matrix) {
		Integer score = whole(scoreText);
		if (score == null) {
			return Result.error(SCORE, notAWholeNumber(scoreText));
		}
		if (!matrix.achievable(score)) {
			return Result.error(SCORE, matrix.notAScore(scoreText));
		}
		return Result.of(RiskPosition.scoreOnly(score));
	}

	private static String notAWholeNumber(String text) {
		return "\"" + text + "\" is not a score; give it as a whole number, such as 12.";
	}

	static boolean isNumber(String text) {
		return NUMBER.matcher(text).matches();
	}

	/**
	 * The whole number in the text, clamped so that a long run of digits is simply out of
	 * range; {@code null} when the text is not a whole number.
	 */
	static Integer whole(String text) {
		if (!WHOLE.matcher(text).matches()) {
			return null;
		}
		String digits = text.replaceFirst("^[+-]?0*", "");
		if (digits.length() > 9) {
			return text.startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE;
		}
		return Integer.valueOf(text.startsWith("+") ? text.substring(1) : text);
	}

	private static String trimmed(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * One position read, nothing (all cells blank), or one problem with the column it
	 * concerns, as the suffix {@code impact}, {@code likelihood} or {@code score} that
	 * the import prefixes with {@code inherent_}, {@code current_} or {@code residual_}.
	 */
	public record Result(Optional<RiskPosition> position, String errorColumnSuffix, String message) {

		public Result {
			Objects.requireNonNull(position, "position must not be null; use Optional.empty()");
			if ((message == null) != (errorColumnSuffix == null)) {
				throw new IllegalArgumentException("An error needs both a column and a message");
			}
			if (message != null && position.isPresent()) {
				throw new IllegalArgumentException("A result is a position or an error, not both");
			}
		}

		public static Result of(RiskPosition position) {
			return new Result(Optional.of(position), null, null);
		}

		public static Result empty() {
			return new Result(Optional.empty(), null, null);
		}

		public static Result error(String columnSuffix, String message) {
			return new Result(Optional.empty(), columnSuffix, message);
		}

		public boolean isError() {
			return this.message != null;
		}

	}

}
