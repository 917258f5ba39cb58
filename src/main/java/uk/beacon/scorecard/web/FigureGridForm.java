package uk.beacon.scorecard.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

import uk.beacon.access.Fingerprint;
import uk.beacon.indicator.Commentary;
import uk.beacon.indicator.FigureEntry;
import uk.beacon.indicator.Measurement;
import uk.beacon.indicator.Status;
import uk.beacon.indicator.StatusOverride;
import uk.beacon.scorecard.FigureGrid;
import uk.beacon.web.FormErrors;
import uk.beacon.web.TypedNumber;
import uk.beacon.web.TypedText;

/**
 * A quarter's figures as the officer typed them, a row for each row of the grid, kept as
 * typed when the form comes back with a mistake.
 *
 * @param rows one for each figure on the page, in the grid's order
 */
record FigureGridForm(List<Row> rows) implements FormErrors.FieldIds {

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
	 * @param shown a digest of what the row's fields held when the page was shown, to
	 * tell a row the officer changed from one they left alone
	 * @param value the figure
	 * @param numerator the count, for a figure kept as a ratio
	 * @param denominator the base of the ratio
	 * @param commentary how it is performing
	 * @param reason why a figure held is corrected
	 * @param status the officer's assessed status, a {@link Status} name; blank for the
	 * rule's
	 * @param statusReason why the officer's status differs from the rule's
	 */
	record Row(String key, String held, String shown, String value, String numerator, String denominator,
			String commentary, String reason, String status, String statusReason) {

		/**
		 * Whether the officer changed any of the row's fields since the page was shown.
		 */
		boolean touched() {
			return !digest(this).equals(this.shown);
		}

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
		StatusOverride override = (held != null) ? held.override() : null;
		// a row the officer may not change has no fields on the page
		Row shown = (held == null || !row.editable())
				? new Row(row.key(), token(row), null, null, null, null, null, null, null, null)
				: new Row(row.key(), token(row), null, plain(held.value()), plain(held.numerator()),
						plain(held.denominator()), held.commentary().performanceDetails(), null,
						(override != null) ? override.status().name() : null,
						(override != null) ? override.reason() : null);
		return withShown(shown, digest(shown));
	}

	private static Row withShown(Row row, String shown) {
		return new Row(row.key(), row.held(), shown, row.value(), row.numerator(), row.denominator(), row.commentary(),
				row.reason(), row.status(), row.statusReason());
	}

	/** The figure held as the page names it, "id:version"; empty when none is held. */
	private static String token(FigureGrid.Row row) {
		return (row.held() != null) ? row.held().id() + ":" + row.held().version() : "";
	}

	/**
	 * What a row's fields hold, as one digest: line breaks as a browser sends them from a
	 * text area, and spaces around, are not changes.
	 */
	static String digest(Row row) {
		StringBuilder canonical = new StringBuilder();
		for (String field : new String[] { row.value(), row.numerator(), row.denominator(), row.commentary(),
				row.status(), row.statusReason() }) {
			String text = (field != null) ? field.replace("\r\n", "\n").strip() : "";
			canonical.append(Fingerprint.word(text));
		}
		return Fingerprint.of(canonical.toString());
	}

	/**
	 * The rows the officer changed whose figure someone else recorded or changed since
	 * the page was opened: none is saved until the officer has seen theirs.
	 */
	Set<String> staleKeys(FigureGrid grid) {
		Set<String> stale = new LinkedHashSet<>();
		for (Row typed : this.rows) {
			if (typed == null || typed.key() == null || !typed.touched()) {
				continue;
			}
			grid.row(typed.key())
				.filter(row -> !token(row).equals((typed.held() != null) ? typed.held() : ""))
				.ifPresent(row -> stale.add(row.key()));
		}
		return stale;
	}

	/**
	 * The typed rows in the grid's order, for showing the page again: a row the officer
	 * left alone shows the figure held now, a row the grid no longer has is dropped, and
	 * a row it has gained is shown as it stands.
	 * @param seen the rows whose figure someone else changed: shown now beside what the
	 * officer typed, so that saving again replaces it knowingly
	 */
	FigureGridForm alignedTo(FigureGrid grid, Set<String> seen) {
		Map<String, Row> typed = new HashMap<>();
		this.rows.stream().filter(r -> r != null && r.key() != null).forEach(r -> typed.putIfAbsent(r.key(), r));
		List<Row> aligned = new ArrayList<>();
		for (FigureGrid.Row row : grid.rows()) {
			Row was = typed.get(row.key());
			if (was == null || !was.touched()) {
				aligned.add(asHeld(row));
			}
			else if (seen.contains(row.key())) {
				Row now = asHeld(row);
				aligned.add(new Row(was.key(), now.held(), now.shown(), was.value(), was.numerator(), was.denominator(),
						was.commentary(), was.reason(), was.status(), was.statusReason()));
			}
			else {
				aligned.add(was);
			}
		}
		return new FigureGridForm(aligned);
	}

	/**
	 * Says beside each row whose figure someone else changed since the page was opened
	 * that nothing was saved, and why.
	 */
	static void rejectStale(FigureGrid grid, Set<String> stale, BindingResult errors) {
		errors.reject("stale", "Someone else changed " + ((stale.size() == 1) ? "a figure" : stale.size() + " figures")
				+ " you changed since you opened the page. Nothing was saved: each is shown below as it is held now, "
				+ "beside what you typed. Check them, then save again.");
		for (int n = 0; n < grid.rows().size(); n++) {
			FigureGrid.Row row = grid.rows().get(n);
			if (stale.contains(row.key())) {
				FormErrors.reject(errors, "rows[" + n + "]." + (row.asRatio() ? "numerator" : "value"),
						"Someone else changed " + row.indicator().code() + " for " + row.dataPeriod().label()
								+ " since you opened the page: check the figure held now, then save again");
			}
		}
	}

	/**
	 * The figures to enter: new ones typed where none is held, and held ones the officer
	 * changed, each with the reason. Rows left as they were are left out; a row the
	 * officer may not change is sent on all the same, for {@code IndicatorManagement} to
	 * refuse saying why.
	 * @return the entries, or {@code null} when anything is wrong, each mistake beside
	 * its field (numbered as the grid numbers it)
	 */
	List<FigureEntry> entries(FigureGrid grid, BindingResult errors) {
		Set<String> keys = new HashSet<>();
		for (Row typed : this.rows) {
			if (typed != null && typed.key() != null && !keys.add(typed.key())) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
						"The form gives " + typed.key() + " twice: open the page again and use its form.");
			}
		}
		List<FigureEntry> entries = new ArrayList<>();
		for (Row typed : this.rows) {
			if (typed == null || typed.key() == null || !typed.touched()) {
				continue;
			}
			Optional<FigureGrid.Row> row = grid.row(typed.key());
			if (row.isEmpty()) {
				continue;
			}
			FigureEntry entry = entry(grid.rows().indexOf(row.get()), typed, row.get(), grid, errors);
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
		StatusOverride override = override(typed, at, name, errors);
		// a page offers a figure or a count and a base, as the indicator records it
		if (ratio && blankToNull(typed.value()) != null) {
			FormErrors.reject(errors, at + "numerator", "Enter " + name + " as a count and the base it is of");
		}
		if (!ratio && (blankToNull(typed.numerator()) != null || blankToNull(typed.denominator()) != null)) {
			FormErrors.reject(errors, at + "value", "Enter " + name + " as one figure");
		}
		if (errors.getErrorCount() > mistakes) {
			return null;
		}
		Measurement held = row.held();
		boolean noFigure = (value == null && numerator == null && denominator == null);
		boolean figureChanged = (held == null) ? !noFigure || commentary != null
				: !(same(value, held.value()) && same(numerator, held.numerator())
						&& same(denominator, held.denominator())
						&& Objects.equals(commentary, blankToNull(held.commentary().performanceDetails())));
		boolean assessmentChanged = !Objects.equals(override, (held != null) ? held.override() : null);
		if (!figureChanged && !assessmentChanged) {
			return null;
		}
		if (ratio && (numerator == null) != (denominator == null)) {
			FormErrors.reject(errors, at + ((numerator == null) ? "numerator" : "denominator"),
					"Enter both the numerator and the denominator of " + name);
			return null;
		}
		// a figure may be held with only an assessed status, but one held is never
		// removed
		boolean heldFigure = held != null && held.hasFigure();
		if (noFigure && (heldFigure || override == null)) {
			FormErrors.reject(errors, at + (ratio ? "numerator" : "value"),
					heldFigure ? "Enter the figure of " + name + "; a figure held is corrected, never removed"
							: "Enter the figure of " + name + " to save its commentary or status");
			return null;
		}
		if (ratio && !noFigure
				&& (denominator.signum() <= 0 || numerator.signum() < 0 || numerator.compareTo(denominator) > 0)) {
			FormErrors.reject(errors, at + "numerator", "The numerator of " + name
					+ " must be between zero and the denominator, and the denominator more than zero");
			return null;
		}
		String reason = text(typed.reason(), at + "reason", "The reason for correcting " + name, errors);
		FigureEntry.Seen seen = null;
		Commentary said = new Commentary(commentary, null, null);
		if (held != null) {
			said = new Commentary(commentary, held.commentary().currentActivity(), held.commentary().futureActivity());
			if (figureChanged && reason == null) {
				FormErrors.reject(errors, at + "reason", "Say why " + name + " is corrected");
				return null;
			}
			seen = seen(typed.held(), held);
		}
		return new FigureEntry(row.indicator().id(), row.dataPeriod(), grid.period(), seen, value, numerator,
				denominator, said, reason, assessmentChanged ? new FigureEntry.Assessment(override) : null);
	}

	/**
	 * The officer's assessed status as chosen, with its reason; {@code null} when the
	 * rule's status is to stand (or when it is wrong, saying why).
	 */
	private static StatusOverride override(Row typed, String at, String name, BindingResult errors) {
		String chosen = blankToNull(typed.status());
		if (chosen == null) {
			return null;
		}
		Status status;
		try {
			status = Status.valueOf(chosen);
		}
		catch (IllegalArgumentException ex) {
			status = Status.NO_DATA;
		}
		if (status == Status.NO_DATA) {
			FormErrors.reject(errors, at + "status", "Choose the assessed status of " + name + " from the list");
			return null;
		}
		String reason = text(typed.statusReason(), at + "statusReason",
				"The reason for rating " + name + " " + status.label(), errors);
		if (reason == null) {
			if (!errors.hasFieldErrors(at + "statusReason")) {
				FormErrors.reject(errors, at + "statusReason",
						"Say why " + name + " is rated " + status.label() + " rather than as the rule gives it");
			}
			return null;
		}
		return new StatusOverride(status, reason);
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
		try {
			return TypedNumber.readFigure(text, what);
		}
		catch (IllegalArgumentException ex) {
			FormErrors.reject(errors, field, ex.getMessage());
			return null;
		}
	}

	private static String text(String typed, String field, String what, BindingResult errors) {
		String text = blankToNull(typed);
		if (text == null) {
			return null;
		}
		if (TypedText.hasHiddenCharacters(text, true)) {
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
