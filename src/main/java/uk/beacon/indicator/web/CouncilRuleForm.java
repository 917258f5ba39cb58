package uk.beacon.indicator.web;

import org.springframework.validation.BindingResult;

import uk.beacon.indicator.RagRule;
import uk.beacon.indicator.Tolerance;
import uk.beacon.web.FormErrors;

/**
 * A council's RAG rule as a performance officer types it, kept as typed when the form
 * comes back with a mistake or a preview.
 *
 * @param greenKind {@code none}, {@code absolute} or {@code percentage}
 * @param green how far short of the target is still green
 * @param toleranceKind {@code none}, {@code absolute} or {@code percentage}
 * @param tolerance how far short of the target is still amber
 * @param seen the rule when the page was opened
 * @param previewed the rule last previewed: only that is saved
 */
record CouncilRuleForm(String greenKind, String green, String toleranceKind, String tolerance, String seen,
		String previewed) {

	static CouncilRuleForm of(RagRule rule) {
		return new CouncilRuleForm(kind(rule.green()), amount(rule.green()), kind(rule.amber()), amount(rule.amber()),
				rule.fingerprint(), null);
	}

	CouncilRuleForm previewedAs(String change) {
		return new CouncilRuleForm(this.greenKind, this.green, this.toleranceKind, this.tolerance, this.seen, change);
	}

	CouncilRuleForm seenAs(String seenNow) {
		return new CouncilRuleForm(this.greenKind, this.green, this.toleranceKind, this.tolerance, seenNow,
				this.previewed);
	}

	/**
	 * @return the rule, or {@code null} when the form is wrong, each mistake beside its
	 * field
	 */
	RagRule rule(BindingResult errors) {
		Tolerance greenTolerance = TargetForm.tolerance(this.greenKind, this.green, "greenKind", "green", "green",
				errors);
		Tolerance amber = TargetForm.tolerance(this.toleranceKind, this.tolerance, "toleranceKind", "tolerance",
				"amber", errors);
		if (greenTolerance == null || amber == null) {
			return null;
		}
		try {
			return RagRule.council(greenTolerance, amber);
		}
		catch (IllegalArgumentException ex) {
			FormErrors.reject(errors, "tolerance",
					"Enter an amber tolerance further from the target than the green tolerance, or none: both are "
							+ "counted from the target");
			return null;
		}
	}

	private static String kind(Tolerance tolerance) {
		return tolerance.kind().name().toLowerCase(java.util.Locale.ROOT);
	}

	private static String amount(Tolerance tolerance) {
		return (tolerance.kind() != Tolerance.Kind.NONE) ? tolerance.amount().stripTrailingZeros().toPlainString()
				: null;
	}

}
