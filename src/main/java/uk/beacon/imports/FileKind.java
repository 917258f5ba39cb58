package uk.beacon.imports;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The files an import understands, in the order they are read, with their columns.
 */
enum FileKind {

	ORGANISATION("organisation.csv", Set.of("code", "name", "kind"), Set.of("parent_code")),

	INDICATORS("indicators.csv", Set.of("code", "title", "organisation_code", "unit", "polarity", "frequency"),
			Set.of("definition", "decimal_places", "accumulation", "arrears_months", "comparison", "owner",
					"owner_email", "data_source", "public")),

	TARGETS("targets.csv", Set.of("indicator_code", "kind", "applies_from"),
			Set.of("applies_to", "value", "low", "high", "quartile", "total_from", "total_to", "tolerance_kind",
					"tolerance", "text_as_printed")),

	MEASUREMENTS("measurements.csv", Set.of("indicator_code", "data_period", "reporting_period"),
			Set.of("value", "numerator", "denominator", "provisional", "estimated", "value_as_printed",
					"performance_details", "current_activity", "future_activity", "assessed_status",
					"assessment_reason")),

	BENCHMARKS("benchmarks.csv", Set.of("indicator_code", "data_period", "comparator"),
			Set.of("value", "rank", "rank_of", "quartile", "source")),

	SCORECARDS("scorecards.csv",
			Set.of("scorecard_code", "scorecard_name", "organisation_code", "scorecard_kind", "section", "section_kind",
					"indicator_code"),
			Set.of("current_period")),

	COMPARATOR_VALUES("comparator-values.csv",
			Set.of("group_code", "group_name", "indicator_code", "data_period", "member", "value"),
			Set.of("is_council", "source")),

	RISK_MATRIX("risk-matrix.csv", Set.of("council_code", "axis", "level", "label"), Set.of("opportunity_label")),

	RISK_BANDS("risk-bands.csv", Set.of("council_code", "from_score", "to_score", "level", "colour"), Set.of()),

	RISK_REGISTERS("risk-registers.csv", Set.of("code", "name", "kind", "organisation_code"), Set.of("escalates_to")),

	RISKS("risks.csv", Set.of("reference", "register_code", "kind", "title"),
			Set.of("description", "category", "consequences", "owner", "owner_email", "review_months", "next_review",
					"status", "response", "restricted", "restricted_fields", "direction_as_printed")),

	RISK_ASSESSMENTS("risk-assessments.csv", Set.of("reference", "assessed_on", "reporting_period"),
			Set.of("inherent_impact", "inherent_likelihood", "inherent_score", "current_impact", "current_likelihood",
					"current_score", "residual_impact", "residual_likelihood", "residual_score", "target_date",
					"rating_as_printed", "comment")),

	RISK_CONTROLS("risk-controls.csv", Set.of("reference", "control"), Set.of("effectiveness")),

	RISK_ACTIONS("risk-actions.csv", Set.of("reference", "action"), Set.of("owner", "due", "status", "progress")),

	RISK_LINKS("risk-links.csv", Set.of("reference"), Set.of("indicator_code", "scorecard_code", "section"));

	private final String fileName;

	private final Set<String> required;

	private final Set<String> optional;

	FileKind(String fileName, Set<String> required, Set<String> optional) {
		this.fileName = fileName;
		this.required = required;
		this.optional = optional;
	}

	String fileName() {
		return this.fileName;
	}

	Set<String> required() {
		return this.required;
	}

	Set<String> optional() {
		return this.optional;
	}

	static Optional<FileKind> of(String baseName) {
		return Arrays.stream(values()).filter(k -> k.fileName.equalsIgnoreCase(baseName)).findFirst();
	}

	static String names() {
		return String.join(", ", Arrays.stream(values()).map(FileKind::fileName).toList());
	}

}
