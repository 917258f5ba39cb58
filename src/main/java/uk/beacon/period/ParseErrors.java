package uk.beacon.period;

import java.util.Arrays;
import java.util.List;

/**
 * Every message {@link Periods} can give, kept together so they read with one voice.
 */
final class ParseErrors {

	/**
	 * Long enough for any real period; stops a pasted paragraph filling an error report.
	 */
	private static final int LONGEST_QUOTE = 60;

	private ParseErrors() {
	}

	static PeriodParseException blank(PeriodKind expected) {
		if (expected == null) {
			return error("A period is needed, for example Q2 2019/20, 2019/20, Sep 2019 or 30/09/2019.");
		}
		return error(capitalised(expected.withArticle()) + " is needed, for example " + example(expected) + ".");
	}

	static PeriodParseException unrecognised(String input, PeriodKind expected) {
		if (expected != null) {
			return error(quote(input) + " is not " + expected.withArticle() + " Beacon recognises: write it like "
					+ example(expected) + ".");
		}
		List<String> forms = Arrays.stream(PeriodKind.values())
			.map((kind) -> kind.withArticle() + " as " + example(kind))
			.toList();
		String allButLast = String.join(", ", forms.subList(0, forms.size() - 1));
		return error(quote(input) + " is not a period Beacon recognises. Write " + allButLast + " or "
				+ forms.get(forms.size() - 1) + ".");
	}

	static PeriodParseException wrongKind(String input, Period actual, PeriodKind expected) {
		return error(quote(input) + " is " + actual.kind().withArticle() + ", but " + expected.withArticle()
				+ " is needed here, for example " + example(expected) + ".");
	}

	static PeriodParseException twoDigitYear(String input, String example) {
		return error(quote(input) + " has a two-digit year, which is ambiguous: write the year in full, for example "
				+ example + ".");
	}

	static PeriodParseException notFourDigitYear(String input, String example) {
		return error(quote(input) + " does not have a four-digit year: write the year in full, for example " + example
				+ ".");
	}

	static PeriodParseException implausibleYear(String input, int year) {
		return error(quote(input) + " has the year " + year + ", which is outside the years Beacon accepts ("
				+ Years.EARLIEST + " to " + Years.LATEST + "): check it for a typo.");
	}

	static PeriodParseException notConsecutive(String input, String example, String reversedExample) {
		String alternative = (reversedExample != null) ? " (or " + reversedExample + " if that is the year meant)" : "";
		return error(quote(input) + " is not a valid pair of years: the second year must follow the first, for example "
				+ example + alternative + ".");
	}

	static PeriodParseException notConsecutiveButMonth(String input, String example, String month) {
		return error(quote(input) + " is not a valid pair of years: the second year must follow the first, for example "
				+ example + ". If you meant a month, write it like " + month + ".");
	}

	static PeriodParseException noSuchQuarter(String input, String quarter) {
		return error(quote(input) + " has no quarter " + quarter + ": a financial year has quarters Q1 to Q4.");
	}

	static PeriodParseException quarterWithoutYear(String input, int quarter) {
		return error(quote(input) + " does not say which year: add the financial year, for example Q" + quarter
				+ " 2019/20.");
	}

	static PeriodParseException quarterOfCalendarYear(String input, FinancialQuarter example) {
		return error(quote(input) + " does not say which financial year: Beacon counts quarters from April (Q1 is April"
				+ " to June), so write the financial year in full, for example " + example.label() + " for "
				+ months(example) + ".");
	}

	static PeriodParseException yearWithoutSecondYear(String input, Period example, Period alternative) {
		String either = (alternative != null) ? example.label() + " or " + alternative.label() : example.label();
		return error(quote(input) + " does not say which " + example.kind().description()
				+ " is meant: write both years, for example " + either + ".");
	}

	static PeriodParseException notARealDate(String input, String reason) {
		return error(quote(input) + " is not a real date: " + reason);
	}

	static PeriodParseException notAMonth(String input, int month) {
		return error(quote(input) + " is not a month: there is no month " + month
				+ "; months run from 1 (January) to 12 (December).");
	}

	static PeriodParseException dateNeeded(String input, String prefix) {
		return error(quote(input) + " does not give a date after “" + prefix
				+ "”: write it as day/month/year, for example " + prefix + " 30/09/2019.");
	}

	private static String example(PeriodKind kind) {
		return (kind == PeriodKind.AS_AT_DATE) ? kind.example() + " (day/month/year)" : kind.example();
	}

	private static String months(Period period) {
		return MonthNames.fullName(period.start().getMonthValue()) + " to "
				+ MonthNames.fullName(period.end().getMonthValue()) + " " + period.end().getYear();
	}

	private static String quote(String input) {
		String shown = (input.length() > LONGEST_QUOTE) ? input.substring(0, LONGEST_QUOTE) + "…" : input;
		return "“" + shown + "”";
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static PeriodParseException error(String message) {
		return new PeriodParseException(message);
	}

}
