package uk.beacon.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.Period;
import uk.beacon.period.PeriodKind;
import uk.beacon.period.PeriodParseException;
import uk.beacon.period.Periods;

/**
 * One row of an import file. Each reader returns {@code null} and records a problem
 * naming the file, row and column when a cell is wrong, so that all of a row's problems
 * are found at once.
 */
final class CsvRow {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private final String file;

	private final int number;

	private final Map<String, Integer> columns;

	private final String[] cells;

	private final Map<String, Period> periods;

	private final Problems problems;

	/**
	 * @param columns each column's position, shared by the rows of a file
	 * @param cells the row's cells in header order
	 * @param periods periods already read from the file, by kind and text: a file of a
	 * million figures names a few hundred periods
	 */
	CsvRow(String file, int number, Map<String, Integer> columns, String[] cells, Map<String, Period> periods,
			Problems problems) {
		this.file = file;
		this.number = number;
		this.columns = columns;
		this.cells = cells;
		this.periods = periods;
		this.problems = problems;
	}

	int number() {
		return this.number;
	}

	/**
	 * The longest cell an import reads: every text Beacon keeps is shorter, and a
	 * workbook cell holds at most 32,767 characters.
	 */
	static final int LONGEST_CELL = 10_000;

	// made only for a row with a cell too long: a million rows are read
	private java.util.Set<String> tooLong;

	/**
	 * The cell, reported when it is longer than {@code most} characters or holds a line
	 * break where {@code lines} is false.
	 */
	String text(String column, int most, boolean lines) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		if (value.length() > most) {
			problem(column, "this cell is " + value.length() + " characters long; keep it to " + most + ".");
		}
		else if (!lines && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
			problem(column, "this cell has a line break in it; keep it to one line.");
		}
		return value;
	}

	private boolean hadProblems;

	void problem(String column, String message) {
		this.hadProblems = true;
		this.problems.add(this.file, this.number, column, message);
	}

	/**
	 * Records that the importer's role does not cover what the row changes; dropped when
	 * the row turns out to change nothing.
	 */
	void scopeProblem(String column, String message) {
		this.problems.addScope(this.file, this.number, column, message);
	}

	/** The columns the file has, empty or not. */
	java.util.Set<String> columnNames() {
		return this.columns.keySet();
	}

	/**
	 * @return whether any cell of this row was found wrong
	 */
	boolean hadProblems() {
		return this.hadProblems;
	}

	/** Whether the file has the column, empty or not. */
	boolean has(String column) {
		return this.columns.containsKey(column);
	}

	/**
	 * @return the trimmed cell, or {@code null} when empty or absent; a cell Beacon wrote
	 * with an apostrophe before =, +, - or @, so that a spreadsheet never runs it as a
	 * formula, is read without the apostrophe
	 */
	String text(String column) {
		Integer index = this.columns.get(column);
		String value = (index != null) ? this.cells[index] : null;
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		if (trimmed.length() > LONGEST_CELL) {
			if (this.tooLong == null) {
				this.tooLong = new java.util.HashSet<>(2);
			}
			if (this.tooLong.add(column)) {
				problem(column,
						"this cell is " + trimmed.length() + " characters long; keep it to " + LONGEST_CELL + ".");
			}
			return null;
		}
		return (trimmed.length() > 1 && trimmed.charAt(0) == '\'' && "=+-@".indexOf(trimmed.charAt(1)) >= 0)
				? trimmed.substring(1) : trimmed;
	}

	/**
	 * Text as a CSV file writes it for a spreadsheet: with an apostrophe before a leading
	 * =, +, - or @ (never a formula), which {@link #text} reads back without it. A number
	 * is written as it is, so that a negative figure stays a number.
	 */
	static String formulaSafe(String text) {
		if (text == null || text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0) {
			return text;
		}
		try {
			new BigDecimal(text);
			return text;
		}
		catch (NumberFormatException ex) {
			return "'" + text;
		}
	}

	String required(String column) {
		String value = text(column);
		if (value == null) {
			problem(column, "this cell is empty but is required.");
		}
		return value;
	}

	/** As a form keeps them (uk.beacon.web.TypedNumber): a larger figure is a slip. */
	static final BigDecimal LARGEST_NUMBER = new BigDecimal("1e15");

	/** More decimal places than any figure a council prints, with room for a ratio's. */
	static final int MOST_DECIMALS = 10;

	BigDecimal decimal(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		if (value.contains("%") || value.contains("£") || value.contains(",")) {
			problem(column, "\"" + value + "\" is not a plain number; write it without %, £ or thousands separators"
					+ " (the unit comes from the indicator's definition).");
			return null;
		}
		if (value.length() > 40) {
			problem(column, "this number is " + value.length() + " characters long; write it in 40 or fewer.");
			return null;
		}
		if (!ascii(value)) {
			// BigDecimal reads any script's digits: "٣" would be saved as 3 unseen
			problem(column, "\"" + value + "\" is not a plain number; write it with the digits 0 to 9.");
			return null;
		}
		BigDecimal number;
		try {
			number = new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			problem(column, "\"" + value + "\" is not a number.");
			return null;
		}
		// (in long: the digits less an exponent such as 2147483647 overflow an int)
		if ((long) number.precision() - number.scale() > 15 && number.abs().compareTo(LARGEST_NUMBER) >= 0) {
			problem(column, value + " is larger than Beacon keeps (below a thousand million million); is it in "
					+ "another unit, or a typing slip?");
			return null;
		}
		// (stripped only when it might matter: a million figures are read here)
		if (number.scale() > MOST_DECIMALS && number.stripTrailingZeros().scale() > MOST_DECIMALS) {
			problem(column, value + " has more than " + MOST_DECIMALS + " decimal places; round it.");
			return null;
		}
		return number;
	}

	private static boolean ascii(String value) {
		for (int i = 0; i < value.length(); i++) {
			if (value.charAt(i) >= 128) {
				return false;
			}
		}
		return true;
	}

	Integer integer(String column, int min, int max) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		try {
			int parsed = Integer.parseInt(value);
			if (parsed < min || parsed > max) {
				problem(column, value + " is out of range; it must be from " + min + " to " + max + ".");
				return null;
			}
			return parsed;
		}
		catch (NumberFormatException ex) {
			problem(column, "\"" + value + "\" is not a whole number.");
			return null;
		}
	}

	boolean yesNo(String column, boolean whenEmpty) {
		String value = text(column);
		if (value == null) {
			return whenEmpty;
		}
		switch (value.toLowerCase(Locale.ROOT)) {
			case "yes", "y", "true":
				return true;
			case "no", "n", "false":
				return false;
			default:
				problem(column, "\"" + value + "\" is not yes or no.");
				return whenEmpty;
		}
	}

	Period period(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		String key = "period|" + value;
		Period known = this.periods.get(key);
		if (known != null) {
			return known;
		}
		try {
			Period period = same(Periods.parse(value));
			this.periods.put(key, period);
			return period;
		}
		catch (PeriodParseException ex) {
			problem(column, ex.getMessage());
			return null;
		}
	}

	FinancialQuarter quarter(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		String key = "quarter|" + value;
		Period known = this.periods.get(key);
		if (known != null) {
			return (FinancialQuarter) known;
		}
		try {
			FinancialQuarter quarter = (FinancialQuarter) same(Periods.parse(value, PeriodKind.FINANCIAL_QUARTER));
			this.periods.put(key, quarter);
			return quarter;
		}
		catch (PeriodParseException ex) {
			problem(column, ex.getMessage());
			return null;
		}
	}

	/**
	 * The period as the file's other rows have it, however it was written ("Q1 2024/25"
	 * or "30/06/2024"): the rows of a file share one object for each period, so that a
	 * reader may tell periods apart by identity. Looked for only when a text is new: a
	 * file names a few hundred periods.
	 */
	private Period same(Period period) {
		for (Period known : this.periods.values()) {
			if (known.equals(period)) {
				return known;
			}
		}
		return period;
	}

	LocalDate date(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value, DATE);
		}
		catch (DateTimeParseException ex) {
			problem(column, "\"" + value + "\" is not a real date written day/month/year, e.g. 30/06/2024.");
			return null;
		}
	}

	/**
	 * Reads a code such as {@code lower_is_better} into the enum constant of the same
	 * name.
	 */
	<E extends Enum<E>> E choice(String column, Class<E> type) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		String normalised = value.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		try {
			return Enum.valueOf(type, normalised);
		}
		catch (IllegalArgumentException ex) {
			String allowed = Arrays.stream(type.getEnumConstants())
				.map(e -> e.name().toLowerCase(Locale.ROOT))
				.collect(Collectors.joining(", "));
			problem(column, "\"" + value + "\" is not one of: " + allowed + ".");
			return null;
		}
	}

}
