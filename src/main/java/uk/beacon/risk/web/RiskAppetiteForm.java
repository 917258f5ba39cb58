package uk.beacon.risk.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;

import uk.beacon.risk.RiskAppetite;
import uk.beacon.risk.RiskMatrix;
import uk.beacon.web.FormErrors;

/**
 * A council's risk appetite as a risk manager sets it: a tolerable score for any
 * category, and one for each category named, kept as typed when the form comes back with
 * a mistake. A blank score means no appetite of its own.
 *
 * @param defaultScore the score tolerated in any category without its own
 * @param rows the categories with their scores, including blank rows for new ones
 * @param fingerprint what the appetite was when the page was opened
 */
record RiskAppetiteForm(String defaultScore, List<Row> rows, String fingerprint) implements FormErrors.FieldIds {

	/** Blank rows offered for categories no risk is filed under yet. */
	static final int BLANK_ROWS = 3;

	private static final java.util.regex.Pattern ROW_FIELD = java.util.regex.Pattern
		.compile("rows\\[(\\d+)\\]\\.(category|score)");

	RiskAppetiteForm {
		// a row number the page never sent is bound as no row: kept as an empty one
		rows = (rows != null) ? rows.stream().map(r -> (r != null) ? r : new Row(null, null)).toList() : List.of();
	}

	/** "rows[2].score" is the field with the id "score-2". */
	@Override
	public String idOf(String field) {
		java.util.regex.Matcher row = ROW_FIELD.matcher(field);
		return row.matches() ? row.group(2) + "-" + row.group(1) : field;
	}

	/** One category and the score tolerated in it, as typed. */
	record Row(String category, String score) {

		boolean isBlank() {
			return blank(this.category) && blank(this.score);
		}

	}

	/**
	 * The appetite as it stands, a row for each of its categories and for each category
	 * in use without one, then blank rows.
	 */
	static RiskAppetiteForm of(RiskAppetite appetite, List<String> categoriesInUse) {
		List<Row> rows = new ArrayList<>();
		appetite.categories().forEach(c -> rows.add(new Row(c.name(), Integer.toString(c.tolerableScore()))));
		for (String category : categoriesInUse) {
			if (appetite.categories().stream().noneMatch(c -> c.name().equalsIgnoreCase(category))) {
				rows.add(new Row(category, null));
			}
		}
		rows.sort(java.util.Comparator.comparing(r -> r.category().toLowerCase(java.util.Locale.UK)));
		for (int i = 0; i < BLANK_ROWS; i++) {
			rows.add(new Row(null, null));
		}
		return new RiskAppetiteForm((appetite.defaultScore() != null) ? appetite.defaultScore().toString() : null, rows,
				appetite.fingerprint());
	}

	/**
	 * @return the appetite, or {@code null} when anything in the form is wrong: a score
	 * not a whole number or off the council's matrix, a score without a category, a
	 * category given twice, too long or with a control character, or a form not one
	 * Beacon gave; each mistake beside its field
	 */
	RiskAppetite appetite(RiskMatrix matrix, BindingResult errors) {
		if (blank(this.fingerprint)) {
			errors.reject("stale", "Open the risk appetite page again: this form does not say what it changes.");
			return null;
		}
		Integer defaultScore = score(this.defaultScore, "defaultScore", "the default", errors);
		List<RiskAppetite.Category> categories = new ArrayList<>();
		// the form's row of each category kept, to put its mistakes beside it
		List<Integer> rowOf = new ArrayList<>();
		for (int i = 0; i < this.rows.size(); i++) {
			Row row = this.rows.get(i);
			if (row == null || blank(row.score())) {
				continue;
			}
			if (blank(row.category())) {
				FormErrors.reject(errors, "rows[" + i + "].category",
						"Name the category scored " + row.score().strip());
				continue;
			}
			Integer score = score(row.score(), "rows[" + i + "].score", row.category().strip(), errors);
			if (score != null) {
				categories.add(new RiskAppetite.Category(row.category(), score));
				rowOf.add(i);
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		RiskAppetite appetite = new RiskAppetite(defaultScore, categories);
		for (RiskAppetite.Problem problem : appetite.problemsInDetail(matrix)) {
			String field = (problem.category() == RiskAppetite.Problem.DEFAULT) ? "defaultScore"
					: "rows[" + rowOf.get(problem.category()) + "]." + (problem.aboutName() ? "category" : "score");
			FormErrors.reject(errors, field, problem.message());
		}
		return errors.hasErrors() ? null : appetite;
	}

	private static Integer score(String typed, String field, String which, BindingResult errors) {
		if (blank(typed)) {
			return null;
		}
		try {
			return Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException ex) {
			FormErrors.reject(errors, field, "Enter the tolerable score for " + which + " as a whole number, like 12");
			return null;
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
