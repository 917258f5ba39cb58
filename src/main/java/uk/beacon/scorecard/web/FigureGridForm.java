package uk.beacon.scorecard.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.validation.BindingResult;

import uk.beacon.indicator.Commentary;
import uk.beacon.indicator.FigureEntry;
import uk.beacon.indicator.Measurement;
import uk.beacon.scorecard.FigureGrid;
import uk.beacon.web.FormErrors;

/**
 * A quarter's figures as the officer typed them, a row for each row of the grid, kept as
 * typed when the form comes back with a mistake.
 *
 * @param rows one for each figure on the page, in the grid's order
 */
record FigureGridForm(List<Row> rows) implements FormErrors.FieldIds {

	/** The largest figure Beacon keeps: beyond it a typing slip is far likelier. */
	static final BigDecimal LARGEST = new BigDecimal("1e15");

	static final int MOST_DECIMALS = 6;

	static final int MOST_LETTERS = 4000;

	private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)\\]\\.(\\w+)");

	FigureGridForm {
		rows = (rows != null) ? new ArrayList<>(rows) : new ArrayList<>();
	}

	/**
	 * One figure as typed.
	 *
	 * @param key the grid row it is for ({@link FigureGrid.Row#key()})
	 * @param held the figure held when the page was opened, "id:version", blank when none
	 * @param value the figure
	 * @param numerator the count, for a figure kept as a ratio
	 * @param denominator the base of the ratio
	 * @param commentary how it is performing
	 * @param reason why a figure held is corrected
	 */
	record Row(String key, String held, String value, String numerator, String denominator, String commentary,
			String reason) {
	}

	/** "rows[3].value" is the field with the id "value-3". */
	@Override
	public String idOf(String field) {
		Matcher row = ROW_FIELD.matcher(field);
		return row.matches() ? row.group(2) + "-" + row.group(1) : field;
	}

	/** The figures as they stand. */
	static FigureGridForm of(FigureGrid grid) {
		return new FigureGridForm(grid.rows().stream().map(FigureGridForm::asHeld).toList());
	}

	private static Row asHeld(FigureGrid.Row row) {
		Measurement held = row.held();
		if (held == null) {
			return new Row(row.key(), null, null, null, null, null, null);
		}
		return new Row(row.key(), held.id() + ":" + held.version(), plain(held.value()), plain(held.numerator()),
				plain(held.denominator()), held.commentary().performanceDetails(), null);
	}

	/**
	 * The typed rows in the grid's order, for showing the page again: a row the grid no
	 * longer has is dropped, and a row it has gained is shown as it stands.
	 * @param seen whether the officer is now shown the figures held as they stand, so
	 * that saving again replaces those (after a colleague's change); otherwise what they
	 * saw when they opened the page still stands
	 */
	FigureGridForm alignedTo(FigureGrid grid, boolean seen) {
		Map<String, Row> typed = new HashMap<>();
		this.rows.stream().filter(r -> r != null && r.key() != null).forEach(r -> typed.putIfAbsent(r.key(), r));
		List<Row> aligned = new ArrayList<>();
		for (FigureGrid.Row row : grid.rows()) {
			Row was = typed.get(row.key());
			if (was == null) {
				aligned.add(asHeld(row));
			}
			else {
				aligned.add(seen ? new Row(was.key(), asHeld(row).held(), was.value(), was.numerator(),
						was.denominator(), was.commentary(), was.reason()) : was);
			}
		}
		return new FigureGridForm(aligned);
	}

	/**
	 * The figures to enter: new ones typed where none is held, and held ones the officer
	 * changed, each with the reason. Rows left as they were are left out; a row the
	 * officer may not change is sent on all the same, for {@code IndicatorManagement} to
	 * refuse saying why.
	 * @return the entries, or {@code null} when anything is wrong, each mistake beside
	 * its field
	 */
	List<FigureEntry> entries(FigureGrid grid, BindingResult errors) {
		List<FigureEntry> entries = new ArrayList<>();
		for (int i = 0; i < this.rows.size(); i++) {
			Row typed = this.rows.get(i);
			FigureGrid.Row row = (typed != null && typed.key() != null) ? grid.row(typed.key()).orElse(null) : null;
			// a row the officer may not change has no fields on the page: nothing typed
			// in it
			// is nothing to change
			if (row == null
					|| (!row.editable() && blankToNull(typed.value()) == null && blankToNull(typed.numerator()) == null
							&& blankToNull(typed.denominator()) == null && blankToNull(typed.commentary()) == null)) {
				continue;
			}
			FigureEntry entry = entry(i, typed, row, grid, errors);
			if (entry != null) {
				entries.add(entry);
			}
		}
		return errors.hasErrors() ? null : entries;
	}

	private FigureEntry entry(int i, Row typed, FigureGrid.Row row, FigureGrid grid, BindingResult errors) {
		String at = "rows[" + i + "].";
		String name = row.indicator().code() + " for " + row.dataPeriod().label();
		int mistakes = errors.getErrorCount();
		String commentary = text(typed.commentary(), at + "commentary", "The commentary on " + name, errors);
		boolean ratio = row.asRatio();
		BigDecimal value = ratio ? null : number(typed.value(), at + "value", "the figure of " + name, errors);
		BigDecimal numerator = ratio ? number(typed.numerator(), at + "numerator", "the numerator of " + name, errors)
				: null;
		BigDecimal denominator = ratio
				? number(typed.denominator(), at + "denominator", "the denominator of " + name, errors) : null;
		if (errors.getErrorCount() > mistakes) {
			return null;
		}
		Measurement held = row.held();
		boolean noFigure = (value == null && numerator == null && denominator == null);
		if (held == null && noFigure && commentary == null) {
			return null;
		}
		if (held != null && same(value, held.value()) && same(numerator, held.numerator())
				&& same(denominator, held.denominator())
				&& Objects.equals(commentary, blankToNull(held.commentary().performanceDetails()))) {
			return null;
		}
		if (ratio && (numerator == null) != (denominator == null)) {
			FormErrors.reject(errors, at + ((numerator == null) ? "numerator" : "denominator"),
					"Enter both the numerator and the denominator of " + name);
			return null;
		}
		if (noFigure) {
			FormErrors.reject(errors, at + (ratio ? "numerator" : "value"),
					(held == null) ? "Enter the figure of " + name + " to save its commentary"
							: "Enter the figure of " + name + "; a figure held is corrected, never removed");
			return null;
		}
		if (ratio && (denominator.signum() <= 0 || numerator.signum() < 0 || numerator.compareTo(denominator) > 0)) {
			FormErrors.reject(errors, at + "numerator", "The numerator of " + name
					+ " must be between zero and the denominator, and the denominator more than zero");
			return null;
		}
		String reason = text(typed.reason(), at + "reason", "The reason for correcting " + name, errors);
		FigureEntry.Seen seen = null;
		Commentary said = new Commentary(commentary, null, null);
		if (held != null) {
			said = new Commentary(commentary, held.commentary().currentActivity(), held.commentary().futureActivity());
			if (reason == null) {
				FormErrors.reject(errors, at + "reason", "Say why " + name + " is corrected");
				return null;
			}
			seen = seen(typed.held(), held);
		}
		return new FigureEntry(row.indicator().id(), row.dataPeriod(), grid.period(), seen, value, numerator,
				denominator, said, reason);
	}

	/**
	 * The figure as the officer saw it; a page opened before it was held, or with a
	 * version Beacon never gave, is taken as seen at another version and refused as
	 * stale.
	 */
	private static FigureEntry.Seen seen(String typed, Measurement held) {
		if (typed != null && typed.matches("\\d{1,18}:\\d{1,9}")) {
			String[] parts = typed.split(":");
			if (Long.parseLong(parts[0]) == held.id()) {
				return new FigureEntry.Seen(held.id(), Integer.parseInt(parts[1]));
			}
		}
		return new FigureEntry.Seen(held.id(), -1);
	}

	private static BigDecimal number(String typed, String field, String what, BindingResult errors) {
		String text = blankToNull(typed);
		if (text == null) {
			return null;
		}
		String cleaned = text.replace(",", "").replace("£", "").replace("%", "").strip();
		BigDecimal number;
		try {
			number = new BigDecimal(cleaned);
		}
		catch (NumberFormatException ex) {
			FormErrors.reject(errors, field, "Enter " + what + " as a number, like 42 or 12.5");
			return null;
		}
		if (number.abs().compareTo(LARGEST) >= 0) {
			FormErrors.reject(errors, field, "Enter " + what + " as a number below a thousand million million");
			return null;
		}
		if (number.stripTrailingZeros().scale() > MOST_DECIMALS) {
			FormErrors.reject(errors, field,
					"Enter " + what + " with no more than " + MOST_DECIMALS + " decimal places");
			return null;
		}
		return number;
	}

	private static String text(String typed, String field, String what, BindingResult errors) {
		String text = blankToNull(typed);
		if (text == null) {
			return null;
		}
		if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			FormErrors.reject(errors, field, what + " has a control character in it; type it again");
			return null;
		}
		if (text.length() > MOST_LETTERS) {
			FormErrors.reject(errors, field, what + " is " + text.length() + " characters; keep it to " + MOST_LETTERS);
			return null;
		}
		return text;
	}

	private static boolean same(BigDecimal typed, BigDecimal held) {
		return (typed == null) ? held == null : held != null && typed.compareTo(held) == 0;
	}

	private static String plain(BigDecimal number) {
		return (number != null) ? number.stripTrailingZeros().toPlainString() : null;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
