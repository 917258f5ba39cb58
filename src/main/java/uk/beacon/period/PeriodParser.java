package uk.beacon.period;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of periods as councils write them: each rule matches one shape of text and
 * hands it to a reader that checks the numbers. Rules are tried in order, so a more
 * specific shape comes before a looser one that would also match.
 */
final class PeriodParser {

	private static final String YEARS = "(?<start>\\d+) ?(?<sep>[/-]) ?(?<end>\\d+)";

	private static final String YEAR = "(?<year>\\d+)";

	private static final String QUARTER = "(?:q|fq|qtr|quarter) ?(?<quarter>\\d+)";

	private static final String BETWEEN = "(?: ?[,-] ?| )";

	private static final String FINANCIAL = "(?:fy|financial year) ?";

	private static final String ACADEMIC = "(?:ay|academic year|academic) ?";

	private static final String CALENDAR = "(?:cy|calendar year) ?";

	private static final String MONTH_NAME = "(?<name>" + MonthNames.PATTERN + ")\\.?";

	// @formatter:off
	private static final List<Rule> DATES = List.of(
			rule("(?<day>\\d{1,2})(?<sep>[/.-])(?<month>\\d{1,2})\\k<sep>" + YEAR, DateReader::dayMonthYear),
			rule("(?<year>\\d{4})-(?<month>\\d{1,2})-(?<day>\\d{1,2})", DateReader::isoDate),
			rule("(?<day>\\d{1,2})(?:st|nd|rd|th)?[ -]" + MONTH_NAME + "[ ,-]*" + YEAR, DateReader::dayMonthNameYear));

	private static final List<Rule> OTHERS = List.of(
			rule(QUARTER + BETWEEN + "(?:of )?(?:" + FINANCIAL + ")?" + YEARS, SpanReader::quarter),
			rule("(?:" + FINANCIAL + ")?" + YEARS + BETWEEN + QUARTER, SpanReader::quarter),
			rule(QUARTER + BETWEEN + "(?:of )?(?<year>\\d{4})", SpanReader::quarterOfCalendarYear),
			rule("(?<year>\\d{4})" + BETWEEN + QUARTER, SpanReader::quarterOfCalendarYear),
			rule(QUARTER, SpanReader::quarterWithoutYear),
			rule(ACADEMIC + YEARS, SpanReader::academicYear),
			rule(YEARS + " ?(?:ay|academic year|academic|\\(ay\\)|\\(academic year\\)|\\(academic\\))", SpanReader::academicYear),
			rule(FINANCIAL + YEARS, SpanReader::financialYear),
			rule(YEARS + " ?(?:fy|financial year|\\(fy\\)|\\(financial year\\)|\\(financial\\))", SpanReader::financialYear),
			rule(CALENDAR + YEAR, SpanReader::calendarYear),
			rule(YEAR + " ?(?:cy|calendar year|\\(cy\\)|\\(calendar year\\)|\\(calendar\\))", SpanReader::calendarYear),
			rule(FINANCIAL + "(?<year>\\d{4})", SpanReader::financialYearWithoutSecondYear),
			rule(ACADEMIC + "(?<year>\\d{4})", SpanReader::academicYearWithoutSecondYear),
			rule(MONTH_NAME + "[ ,-]*" + YEAR, DateReader::monthNameYear),
			rule("(?<month>\\d{1,2}) ?[/-] ?(?<year>\\d{4})", DateReader::monthNumberYear),
			rule("(?<first>\\d{1,2}) ?[/-] ?(?<second>\\d{1,2})", SpanReader::twoDigitYears),
			rule(YEARS, SpanReader::bareYears),
			rule("(?<year>\\d{2}|\\d{4})", SpanReader::calendarYear));
	// @formatter:on

	private static final Pattern AS_AT = Pattern.compile("(?<prefix>as at|as of|at) (?<date>.+)");

	/**
	 * Besides ordinary spaces, the non-breaking and narrow spaces that arrive in text
	 * copied from Word or a web page.
	 */
	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

	/**
	 * Word turns "2019-20" into "2019–20" with an en dash.
	 */
	private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");

	/**
	 * Far longer than any period; text beyond this is a pasted paragraph, not worth
	 * matching against every rule.
	 */
	private static final int LONGEST_PERIOD = 100;

	private PeriodParser() {
	}

	static Period parse(String text, PeriodKind expected) {
		String tidied = (text != null) ? SPACES.matcher(text).replaceAll(" ").strip() : "";
		if (tidied.isEmpty()) {
			throw ParseErrors.blank(expected);
		}
		ParseInput input = new ParseInput(tidied, expected);
		Period period = read(input, DASHES.matcher(tidied.toLowerCase(Locale.ROOT)).replaceAll("-"));
		if (expected != null && period.kind() != expected) {
			throw ParseErrors.wrongKind(tidied, period, expected);
		}
		return period;
	}

	private static Period read(ParseInput input, String normalised) {
		if (normalised.length() > LONGEST_PERIOD) {
			throw ParseErrors.unrecognised(input.text(), input.expected());
		}
		Matcher asAt = AS_AT.matcher(normalised);
		if (asAt.matches()) {
			return firstMatch(input, asAt.group("date"), DATES)
				.orElseThrow(() -> ParseErrors.dateNeeded(input.text(), asAt.group("prefix")));
		}
		return firstMatch(input, normalised, DATES).or(() -> firstMatch(input, normalised, OTHERS))
			.orElseThrow(() -> ParseErrors.unrecognised(input.text(), input.expected()));
	}

	private static Optional<Period> firstMatch(ParseInput input, String text, List<Rule> rules) {
		for (Rule rule : rules) {
			Matcher matcher = rule.pattern().matcher(text);
			if (matcher.matches()) {
				return Optional.of(rule.reader().apply(input, matcher));
			}
		}
		return Optional.empty();
	}

	private static Rule rule(String regex, BiFunction<ParseInput, Matcher, Period> reader) {
		return new Rule(Pattern.compile(regex), reader);
	}

	private record Rule(Pattern pattern, BiFunction<ParseInput, Matcher, Period> reader) {
	}

}
