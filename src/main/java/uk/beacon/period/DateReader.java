package uk.beacon.period;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.regex.Matcher;

/**
 * Reads as-at dates and months once {@link PeriodParser} has matched their shape, and
 * explains why a date that looks right is not a real one.
 */
final class DateReader {

	private DateReader() {
	}

	static AsAtDate dayMonthYear(ParseInput input, Matcher matcher) {
		return date(input, matcher.group("year"), number(matcher, "month"), number(matcher, "day"), true);
	}

	static AsAtDate isoDate(ParseInput input, Matcher matcher) {
		return date(input, matcher.group("year"), number(matcher, "month"), number(matcher, "day"), false);
	}

	static AsAtDate dayMonthNameYear(ParseInput input, Matcher matcher) {
		int month = MonthNames.number(matcher.group("name"));
		return date(input, matcher.group("year"), month, number(matcher, "day"), false);
	}

	static Month monthNameYear(ParseInput input, Matcher matcher) {
		int month = MonthNames.number(matcher.group("name"));
		return Month.of(input.year(matcher.group("year"), (year) -> Month.of(year, month).label()), month);
	}

	static Month monthNumberYear(ParseInput input, Matcher matcher) {
		int month = number(matcher, "month");
		int year = input.year(matcher.group("year"), String::valueOf);
		if (month < 1 || month > 12) {
			throw ParseErrors.notAMonth(input.text(), month);
		}
		return Month.of(year, month);
	}

	private static AsAtDate date(ParseInput input, String yearDigits, int month, int day, boolean mayBeMonthFirst) {
		int year = input.year(yearDigits, (guess) -> example(guess, month, day));
		if (month < 1 || month > 12) {
			String reason = "there is no month " + month + "; months run from 1 (January) to 12 (December).";
			int monthIfSwapped = day;
			int dayIfSwapped = month;
			if (mayBeMonthFirst && isReal(year, monthIfSwapped, dayIfSwapped)) {
				reason += " It looks like month-first (US) order; write dates as day/month/year, for example "
						+ example(year, monthIfSwapped, dayIfSwapped) + ".";
			}
			throw ParseErrors.notARealDate(input.text(), reason);
		}
		if (day < 1) {
			throw ParseErrors.notARealDate(input.text(), "there is no day 0; days of the month start at 1.");
		}
		int daysInMonth = YearMonth.of(year, month).lengthOfMonth();
		if (day > daysInMonth) {
			String notLeap = (month == 2 && day == 29) ? ", as " + year + " is not a leap year" : "";
			throw ParseErrors.notARealDate(input.text(),
					MonthNames.fullName(month) + " " + year + " has " + daysInMonth + " days" + notLeap + ".");
		}
		return new AsAtDate(LocalDate.of(year, month, day));
	}

	private static boolean isReal(int year, int month, int day) {
		return month >= 1 && month <= 12 && day >= 1 && day <= java.time.Month.of(month).length(Year.isLeap(year));
	}

	/**
	 * The date in Beacon's own form, or a stock example when the parts cannot make one.
	 */
	private static String example(int year, int month, int day) {
		return isReal(year, month, day) ? new AsAtDate(LocalDate.of(year, month, day)).label()
				: new AsAtDate(LocalDate.of(ParseInput.ILLUSTRATIVE_YEAR, 9, 30)).label();
	}

	private static int number(Matcher matcher, String group) {
		return Integer.parseInt(matcher.group(group));
	}

}
