package uk.beacon.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.IndicatorTarget;
import uk.beacon.indicator.RagRule;
import uk.beacon.indicator.Target;
import uk.beacon.indicator.Tolerance;
import uk.beacon.period.Period;

/**
 * Reads targets.csv.
 */
final class TargetRows {

	/**
	 * A target and its indicator's code; {@code row} is kept to report overlaps, and the
	 * file's columns, so that a target Beacon holds keeps what a file leaves out.
	 */
	record Draft(String indicatorCode, IndicatorTarget target, int row, java.util.Set<String> given) {
	}

	private TargetRows() {
	}

	static List<Draft> read(CsvTable table, ImportContext context) {
		List<Draft> drafts = new ArrayList<>();
		for (CsvRow row : table.rows()) {
			String code = row.required("indicator_code");
			String kind = row.required("kind");
			Period from = row.period("applies_from");
			if (row.text("applies_from") == null) {
				row.required("applies_from");
			}
			Period to = row.period("applies_to");
			Target target = (kind != null) ? target(row, kind.toLowerCase(Locale.ROOT)) : null;
			RagRule rule = rule(row);
			if (code != null && context.indicator(code).isEmpty()) {
				row.problem("indicator_code",
						"no indicator has the code \"" + code + "\"; define it in indicators.csv first.");
				continue;
			}
			if (code != null && !context.checkVisible(row, "indicator_code", code)) {
				continue;
			}
			if (code != null
					&& !context.checkIndicatorScope(row, code, "set targets for", IndicatorManagement.keepers())) {
				continue;
			}
			if (code == null || target == null || from == null || rule == null) {
				continue;
			}
			if (to != null && to.end().isBefore(from.start())) {
				row.problem("applies_to", to.label() + " is before " + from.label() + ", where the target starts.");
				continue;
			}
			if (target instanceof Target.Profile profile) {
				target = new Target.Profile(profile.value(), from.label());
			}
			IndicatorTarget draft = new IndicatorTarget(null, 0, target, from, to, rule, row.text("text_as_printed"),
					row.text("note"));
			boolean overlaps = false;
			for (Draft earlier : drafts) {
				if (earlier.indicatorCode().equals(code) && earlier.target().overlaps(draft)) {
					row.problem("applies_from", "this target overlaps the one on row " + earlier.row() + " for " + code
							+ "; an indicator has one target at a time, so end the earlier one with applies_to.");
					overlaps = true;
					break;
				}
			}
			if (!overlaps) {
				drafts.add(new Draft(code, draft, row.number(), row.columnNames()));
			}
		}
		return drafts;
	}

	private static Target target(CsvRow row, String kind) {
		BigDecimal value = row.decimal("value");
		switch (kind) {
			case "none":
				return new Target.None();
			case "value":
				return (requireValue(row, value, kind)) ? new Target.Value(value) : null;
			case "profile":
				return (requireValue(row, value, kind)) ? new Target.Profile(value,
						// the period is required: its absence is reported with the row
						java.util.Objects.requireNonNullElse(row.text("applies_from"), "(no period)")) : null;
			case "range": {
				BigDecimal low = row.decimal("low");
				BigDecimal high = row.decimal("high");
				if (low == null || high == null) {
					row.problem("low/high", "a range target needs both low and high.");
					return null;
				}
				if (low.compareTo(high) > 0) {
					row.problem("low/high",
							"low (" + low.toPlainString() + ") is above high (" + high.toPlainString() + ").");
					return null;
				}
				return new Target.Range(low, high);
			}
			case "quartile": {
				Integer quartile = row.integer("quartile", 1, 4);
				if (quartile == null && row.text("quartile") == null) {
					row.problem("quartile", "a quartile target needs the quartile, 1 (top) to 4.");
				}
				return (quartile != null) ? new Target.Quartile(quartile) : null;
			}
			case "multi_year_total": {
				LocalDate from = row.date("total_from");
				LocalDate to = row.date("total_to");
				if (!requireValue(row, value, kind)) {
					return null;
				}
				if (from == null || to == null) {
					row.problem("total_from/total_to", "a multi-year total needs the dates it is counted over.");
					return null;
				}
				if (!to.isAfter(from)) {
					row.problem("total_to", "the end date must be after the start date.");
					return null;
				}
				return new Target.MultiYearTotal(value, from, to);
			}
			default:
				row.problem("kind", "\"" + row.text("kind")
						+ "\" is not one of: value, range, profile, multi_year_total, quartile, none.");
				return null;
		}
	}

	private static boolean requireValue(CsvRow row, BigDecimal value, String kind) {
		if (value == null && row.text("value") == null) {
			row.problem("value", "a " + kind.replace('_', ' ') + " target needs a value.");
		}
		return value != null;
	}

	/** The columns that give a target's own RAG rule. */
	private static final java.util.Set<String> RULE_COLUMNS = java.util.Set.of("tolerance_kind", "tolerance",
			"green_tolerance_kind", "green_tolerance");

	/** Whether a file with these columns gives its targets' rules. */
	static boolean givesRule(java.util.Set<String> columns) {
		return columns.stream().anyMatch(RULE_COLUMNS::contains);
	}

	/**
	 * The target's own rule, or the council's when all four of its cells are empty; a
	 * cell of {@code none} gives the target a rule of its own with no band of that
	 * colour.
	 */
	private static RagRule rule(CsvRow row) {
		if (RULE_COLUMNS.stream().allMatch(column -> row.text(column) == null)) {
			return RagRule.council(Tolerance.none(), Tolerance.none());
		}
		Tolerance amber = tolerance(row, "tolerance_kind", "tolerance", "the amber tolerance");
		Tolerance green = tolerance(row, "green_tolerance_kind", "green_tolerance", "the green tolerance");
		if (amber == null || green == null) {
			return null;
		}
		try {
			return RagRule.own(green, amber);
		}
		catch (IllegalArgumentException ex) {
			row.problem("tolerance", ex.getMessage());
			return null;
		}
	}

	private static Tolerance tolerance(CsvRow row, String kindColumn, String amountColumn, String what) {
		String kind = row.text(kindColumn);
		BigDecimal amount = row.decimal(amountColumn);
		if (kind == null || kind.equalsIgnoreCase("none")) {
			if (amount != null && amount.signum() != 0) {
				row.problem(amountColumn,
						"a tolerance is given but " + kindColumn + " is none; say absolute or percentage.");
				return null;
			}
			return Tolerance.none();
		}
		if (amount == null || amount.signum() < 0) {
			row.problem(amountColumn, "give " + what + ", how far short of the target, as a number of zero or more.");
			return null;
		}
		return switch (kind.toLowerCase(Locale.ROOT)) {
			case "absolute" -> Tolerance.absolute(amount);
			case "percentage" -> Tolerance.percentage(amount);
			default -> {
				row.problem(kindColumn, "\"" + kind + "\" is not one of: none, absolute, percentage.");
				yield null;
			}
		};
	}

}
