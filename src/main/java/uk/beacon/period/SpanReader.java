package uk.beacon.period;

import java.util.function.IntFunction;
import java.util.regex.Matcher;

/**
 * Reads the periods written with a year or a pair of years, "2019/20", once
 * {@link PeriodParser} has matched their shape.
 */
final class SpanReader {

	private SpanReader() {
	}

	static FinancialQuarter quarter(ParseInput input, Matcher matcher) {
		int quarter = quarterNumber(input, matcher);
		return new FinancialQuarter(startYear(input, matcher, (year) -> new FinancialQuarter(year, quarter).label()),
				quarter);
	}

	static Period quarterOfCalendarYear(ParseInput input, Matcher matcher) {
		int quarter = quarterNumber(input, matcher);
		int year = input.year(matcher.group("year"), (guess) -> new FinancialQuarter(guess, quarter).label());
		throw ParseErrors.quarterOfCalendarYear(input.text(), new FinancialQuarter(year, quarter));
	}

	static Period quarterWithoutYear(ParseInput input, Matcher matcher) {
		throw ParseErrors.quarterWithoutYear(input.text(), quarterNumber(input, matcher));
	}

	static FinancialYear financialYear(ParseInput input, Matcher matcher) {
		return new FinancialYear(startYear(input, matcher, Years::span));
	}

	static AcademicYear academicYear(ParseInput input, Matcher matcher) {
		return new AcademicYear(startYear(input, matcher, (year) -> new AcademicYear(year).label()));
	}

	static CalendarYear calendarYear(ParseInput input, Matcher matcher) {
		return new CalendarYear(input.year(matcher.group("year"), String::valueOf));
	}

	static Period financialYearWithoutSecondYear(ParseInput input, Matcher matcher) {
		return withoutSecondYear(input, matcher, FinancialYear::new);
	}

	static Period academicYearWithoutSecondYear(ParseInput input, Matcher matcher) {
		return withoutSecondYear(input, matcher, AcademicYear::new);
	}

	/**
	 * A bare "2019/20" is a financial year, the council convention, unless the caller
	 * expects an academic year. A bare "2019-09" is the ISO month, and so is "2009-10"
	 * when the caller expects a month; otherwise "2009-10" is the financial year.
	 */
	static Period bareYears(ParseInput input, Matcher matcher) {
		boolean academic = input.expects(PeriodKind.ACADEMIC_YEAR);
		IntFunction<String> example = bareYearsExample(input);
		int year = input.year(matcher.group("start"), example);
		String second = matcher.group("end");
		int month = (second.length() <= 2) ? Integer.parseInt(second) : 0;
		boolean isMonth = month >= 1 && month <= 12;
		boolean follows = follows(year, second);
		if (isMonth && matcher.group("sep").equals("-") && (!follows || input.expects(PeriodKind.MONTH))) {
			return Month.of(year, month);
		}
		if (isMonth && !follows) {
			throw ParseErrors.notConsecutiveButMonth(input.text(), example.apply(year), Month.of(year, month).label());
		}
		int startYear = startYear(input, matcher, example);
		return academic ? new AcademicYear(startYear) : new FinancialYear(startYear);
	}

	/**
	 * "19/20" or "09/19": always rejected, but the message suggests the likelier reading.
	 */
	static Period twoDigitYears(ParseInput input, Matcher matcher) {
		int first = Integer.parseInt(matcher.group("first"));
		int second = Integer.parseInt(matcher.group("second"));
		if (second == (first + 1) % 100) {
			String example = bareYearsExample(input).apply(ParseInput.likelyYear(first));
			throw ParseErrors.twoDigitYear(input.text(), example);
		}
		if (first >= 1 && first <= 12) {
			String example = Month.of(ParseInput.likelyYear(second), first).label();
			throw ParseErrors.twoDigitYear(input.text(), example);
		}
		throw ParseErrors.unrecognised(input.text(), input.expected());
	}

	private static IntFunction<String> bareYearsExample(ParseInput input) {
		return input.expects(PeriodKind.ACADEMIC_YEAR) ? (year) -> new AcademicYear(year).label() : Years::span;
	}

	private static Period withoutSecondYear(ParseInput input, Matcher matcher, IntFunction<Period> kind) {
		int year = input.year(matcher.group("year"), (guess) -> kind.apply(guess).label());
		Period alternative = Years.isPlausible(year - 1) ? kind.apply(year - 1) : null;
		throw ParseErrors.yearWithoutSecondYear(input.text(), kind.apply(year), alternative);
	}

	private static int quarterNumber(ParseInput input, Matcher matcher) {
		String digits = matcher.group("quarter");
		int quarter = (digits.length() <= 2) ? Integer.parseInt(digits) : 0;
		if (quarter < 1 || quarter > 4) {
			throw ParseErrors.noSuchQuarter(input.text(), digits);
		}
		return quarter;
	}

	private static int startYear(ParseInput input, Matcher matcher, IntFunction<String> example) {
		int year = input.year(matcher.group("start"), example);
		String second = matcher.group("end");
		if (!follows(year, second)) {
			boolean reversed = second.equals(Integer.toString(year - 1))
					|| second.equals(String.format("%02d", Math.floorMod(year - 1, 100)));
			String reversedExample = (reversed && Years.isPlausible(year - 1)) ? example.apply(year - 1) : null;
			throw ParseErrors.notConsecutive(input.text(), example.apply(year), reversedExample);
		}
		return year;
	}

	/**
	 * The second year may be written in full or as its last two digits, "2019/2020" or
	 * "2019/20", and "1999/00" crosses the century.
	 */
	private static boolean follows(int year, String second) {
		return second.equals(Integer.toString(year + 1)) || second.equals(String.format("%02d", (year + 1) % 100));
	}

}
