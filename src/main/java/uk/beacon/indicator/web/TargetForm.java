package uk.beacon.indicator.web;

import java.math.BigDecimal;

import org.springframework.validation.BindingResult;

import uk.beacon.indicator.IndicatorTarget;
import uk.beacon.indicator.RagRule;
import uk.beacon.indicator.Target;
import uk.beacon.indicator.Tolerance;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.PeriodKind;
import uk.beacon.period.PeriodParseException;
import uk.beacon.period.Periods;
import uk.beacon.web.FormErrors;
import uk.beacon.web.TypedNumber;

/**
 * A target as a performance officer types it, to correct one or to set the next, kept as
 * typed when the form comes back with a mistake or a preview.
 *
 * @param reason why a target is corrected
 * @param from the quarter a new target applies from, e.g. "Q1 2026/27"
 * @param shape {@code none}, {@code value}, {@code range} or {@code quartile}; a profiled
 * target ({@code profile}) is corrected as one
 * @param value the target figure, for a value or a profiled target
 * @param low the low end of a range
 * @param high the high end of a range
 * @param quartile 1 (top) to 4
 * @param rule {@code council} to follow the council's RAG rule, {@code own} for the
 * tolerances given here; when not given (as by an API client that predates it), the
 * target's own when a tolerance is given, else the council's
 * @param toleranceKind {@code none}, {@code absolute} or {@code percentage}
 * @param tolerance how far short of the target is still amber
 * @param greenKind {@code none}, {@code absolute} or {@code percentage}
 * @param green how far short of the target is still green
 * @param seen what the target was when the page was opened
 * @param previewed the change last previewed: only that is saved
 * @param totalFrom the first day a multi-year total is counted, day/month/year
 * @param totalTo the last day it is counted
 */
record TargetForm(String reason, String from, String shape, String value, String low, String high, String quartile,
		String toleranceKind, String tolerance, String seen, String previewed, String totalFrom, String totalTo,
		String rule, String greenKind, String green) {

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
		.ofPattern("d/M/uuuu")
		.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter
		.ofPattern("dd/MM/uuuu");

	static TargetForm of(IndicatorTarget target) {
		Target t = target.target();
		String shape = (t instanceof Target.Value) ? "value"
				: (t instanceof Target.Range) ? "range"
						: (t instanceof Target.Quartile) ? "quartile" : (t instanceof Target.Profile) ? "profile"
								: (t instanceof Target.MultiYearTotal) ? "multi_year_total" : "none";
		RagRule rule = target.rule();
		Tolerance amber = rule.isCouncils() ? Tolerance.none() : rule.amber();
		Tolerance greenTolerance = rule.isCouncils() ? Tolerance.none() : rule.green();
		return new TargetForm(null, null, shape, plain(t.figure()),
				(t instanceof Target.Range r) ? plain(r.low()) : null,
				(t instanceof Target.Range r) ? plain(r.high()) : null,
				(t instanceof Target.Quartile q) ? Integer.toString(q.quartile()) : null, kind(amber), amount(amber),
				target.fingerprint(), null, (t instanceof Target.MultiYearTotal m) ? SHOWN.format(m.from()) : null,
				(t instanceof Target.MultiYearTotal m) ? SHOWN.format(m.to()) : null,
				rule.isCouncils() ? "council" : "own", kind(greenTolerance), amount(greenTolerance));
	}

	private static String kind(Tolerance tolerance) {
		return tolerance.kind().name().toLowerCase(java.util.Locale.ROOT);
	}

	private static String amount(Tolerance tolerance) {
		return (tolerance.kind() != Tolerance.Kind.NONE) ? plain(tolerance.amount()) : null;
	}

	/** A new target, blank, from the quarter given. */
	static TargetForm from(FinancialQuarter quarter, String seen) {
		return new TargetForm(null, quarter.label(), "value", null, null, null, null, "none", null, seen, null, null,
				null, "council", "none", null);
	}

	/** The same form, as if opened when the target was as given. */
	TargetForm seenAs(String seen) {
		return new TargetForm(this.reason, this.from, this.shape, this.value, this.low, this.high, this.quartile,
				this.toleranceKind, this.tolerance, seen, this.previewed, this.totalFrom, this.totalTo, this.rule,
				this.greenKind, this.green);
	}

	/** The same form, marked as previewed as the change it describes. */
	TargetForm previewedAs(String change) {
		return new TargetForm(this.reason, this.from, this.shape, this.value, this.low, this.high, this.quartile,
				this.toleranceKind, this.tolerance, this.seen, change, this.totalFrom, this.totalTo, this.rule,
				this.greenKind, this.green);
	}

	/**
	 * @param profilePeriod the quarter a profiled target is for, when correcting one
	 * @return the target, or {@code null} when the form is wrong, each mistake beside its
	 * field
	 */
	Target target(String profilePeriod, BindingResult errors) {
		String chosen = (this.shape != null) ? this.shape.strip() : "";
		return switch (chosen) {
			case "none" -> new Target.None();
			case "value" -> {
				BigDecimal figure = number(this.value, "value", "the target", errors, true);
				yield (figure != null) ? new Target.Value(figure) : null;
			}
			case "profile" -> {
				if (profilePeriod == null) {
					FormErrors.reject(errors, "shape", "Choose the kind of target");
					yield null;
				}
				BigDecimal figure = number(this.value, "value", "the target", errors, true);
				yield (figure != null) ? new Target.Profile(figure, profilePeriod) : null;
			}
			case "range" -> {
				BigDecimal lowEnd = number(this.low, "low", "the low end of the range", errors, true);
				BigDecimal highEnd = number(this.high, "high", "the high end of the range", errors, true);
				if (lowEnd != null && highEnd != null && lowEnd.compareTo(highEnd) > 0) {
					FormErrors.reject(errors, "high", "Enter a high end of the range no lower than its low end");
					yield null;
				}
				yield (lowEnd != null && highEnd != null) ? new Target.Range(lowEnd, highEnd) : null;
			}
			case "multi_year_total" -> {
				BigDecimal total = number(this.value, "value", "the total", errors, true);
				java.time.LocalDate first = day(this.totalFrom, "totalFrom", "the first day it is counted", errors);
				java.time.LocalDate last = day(this.totalTo, "totalTo", "the last day it is counted", errors);
				if (first != null && last != null && !last.isAfter(first)) {
					FormErrors.reject(errors, "totalTo", "Enter a last day after the first day it is counted");
					yield null;
				}
				yield (total != null && first != null && last != null) ? new Target.MultiYearTotal(total, first, last)
						: null;
			}
			case "quartile" -> {
				String typed = (this.quartile != null) ? this.quartile.strip() : "";
				if (!typed.matches("[1-4]")) {
					FormErrors.reject(errors, "quartile", "Choose the quartile, 1 (top) to 4");
					yield null;
				}
				yield new Target.Quartile(Integer.parseInt(typed));
			}
			default -> {
				FormErrors.reject(errors, "shape", "Choose the kind of target");
				yield null;
			}
		};
	}

	private static java.time.LocalDate day(String typed, String field, String what, BindingResult errors) {
		if (typed == null || typed.isBlank()) {
			FormErrors.reject(errors, field, "Enter " + what + ", like 01/04/2025");
			return null;
		}
		try {
			return java.time.LocalDate.parse(typed.strip(), DAY);
		}
		catch (java.time.format.DateTimeParseException ex) {
			FormErrors.reject(errors, field, "Enter " + what + " as a real date, day/month/year, like 01/04/2025");
			return null;
		}
	}

	/**
	 * The RAG rule the target is rated by.
	 * @param councils the council's rule as it is now, for a target that follows it
	 * @return the rule, or {@code null} when the form is wrong, each mistake beside its
	 * field
	 */
	RagRule rule(RagRule councils, BindingResult errors) {
		String chosen = (this.rule != null) ? this.rule.strip() : "";
		boolean typed = given(this.toleranceKind) || given(this.tolerance) || given(this.greenKind)
				|| given(this.green);
		if (chosen.isEmpty()) {
			chosen = typed ? "own" : "council";
		}
		if (chosen.equals("council")) {
			if (typed) {
				// tolerances typed for a target that would not use them are a mistake,
				// not
				// something to drop quietly
				FormErrors.reject(errors, "rule",
						"Choose its own rule to rate it by the tolerances you entered, or clear them to follow the "
								+ "council's RAG rule");
				return null;
			}
			return councils;
		}
		if (!chosen.equals("own")) {
			FormErrors.reject(errors, "rule", "Choose the council's RAG rule or the target's own");
			return null;
		}
		Tolerance greenTolerance = tolerance(this.greenKind, this.green, "greenKind", "green", "green", errors);
		Tolerance amber = tolerance(this.toleranceKind, this.tolerance, "toleranceKind", "tolerance", "amber", errors);
		if (greenTolerance == null || amber == null) {
			return null;
		}
		try {
			return RagRule.own(greenTolerance, amber);
		}
		catch (IllegalArgumentException ex) {
			FormErrors.reject(errors, "tolerance",
					"Enter an amber tolerance further from the target than the green tolerance, or none: both are "
							+ "counted from the target");
			return null;
		}
	}

	private static boolean given(String typed) {
		return typed != null && !typed.isBlank() && !typed.strip().equals("none");
	}

	/**
	 * A tolerance as typed: its kind and amount, in the fields named.
	 * @param colour green or amber, as the messages say it
	 */
	static Tolerance tolerance(String typedKind, String typedAmount, String kindField, String amountField,
			String colour, BindingResult errors) {
		String kind = (typedKind != null) ? typedKind.strip() : "none";
		if (kind.isEmpty() || kind.equals("none")) {
			if (typedAmount != null && !typedAmount.isBlank()) {
				FormErrors.reject(errors, kindField, "Choose how the " + colour + " tolerance is given, or leave the "
						+ colour + " tolerance empty for none");
				return null;
			}
			return Tolerance.none();
		}
		if (!kind.equals("absolute") && !kind.equals("percentage")) {
			FormErrors.reject(errors, kindField, "Choose how the " + colour + " tolerance is given");
			return null;
		}
		BigDecimal amount = number(typedAmount, amountField, "the " + colour + " tolerance", errors, true);
		if (amount == null) {
			return null;
		}
		if (amount.signum() < 0) {
			FormErrors.reject(errors, amountField, "Enter a " + colour + " tolerance of zero or more");
			return null;
		}
		if (kind.equals("percentage") && amount.compareTo(new BigDecimal("100")) > 0) {
			FormErrors.reject(errors, amountField, "Enter a percentage of the target from 0 to 100");
			return null;
		}
		return kind.equals("absolute") ? Tolerance.absolute(amount) : Tolerance.percentage(amount);
	}

	/** The quarter a new target applies from, or {@code null} saying why not. */
	FinancialQuarter fromQuarter(BindingResult errors) {
		if (this.from == null || this.from.isBlank()) {
			FormErrors.reject(errors, "from", "Enter the quarter the target applies from, like Q1 2026/27");
			return null;
		}
		try {
			return (FinancialQuarter) Periods.parse(this.from.strip(), PeriodKind.FINANCIAL_QUARTER);
		}
		catch (PeriodParseException | ClassCastException ex) {
			FormErrors.reject(errors, "from", "Enter the quarter the target applies from, like Q1 2026/27");
			return null;
		}
	}

	/** Why a target is corrected, or {@code null} saying it is needed. */
	String reason(BindingResult errors) {
		String why = (this.reason != null) ? this.reason.strip() : "";
		if (why.isEmpty()) {
			FormErrors.reject(errors, "reason", "Say why the target is corrected");
			return null;
		}
		if (why.length() > 2000 || why.codePoints().anyMatch(Character::isISOControl)) {
			FormErrors.reject(errors, "reason", "Keep the reason to 2,000 characters, with no control characters");
			return null;
		}
		return why;
	}

	private static BigDecimal number(String typed, String field, String what, BindingResult errors, boolean required) {
		if (typed == null || typed.isBlank()) {
			if (required) {
				FormErrors.reject(errors, field, "Enter " + what);
			}
			return null;
		}
		try {
			return TypedNumber.readFigure(typed, what);
		}
		catch (IllegalArgumentException ex) {
			FormErrors.reject(errors, field, ex.getMessage());
			return null;
		}
	}

	private static String plain(BigDecimal number) {
		return (number != null) ? number.stripTrailingZeros().toPlainString() : null;
	}

}
