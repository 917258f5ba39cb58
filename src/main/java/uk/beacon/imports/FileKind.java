package uk.beacon.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The files an import understands, in the order they are read, with their columns.
 */
enum FileKind {

	ORGANISATION("organisation.csv", List.of("code", "name", "kind"), List.of("parent_code")),

	INDICATORS("indicators.csv", List.of("code", "title", "organisation_code", "unit", "polarity", "frequency"),
			List.of("definition", "decimal_places", "accumulation", "arrears_months", "comparison", "owner",
					"owner_email", "data_source", "public", "public_note")),

	TARGETS("targets.csv", List.of("indicator_code", "kind", "applies_from"),
			List.of("applies_to", "value", "low", "high", "quartile", "total_from", "total_to", "tolerance_kind",
					"tolerance", "green_tolerance_kind", "green_tolerance", "text_as_printed")),

	MEASUREMENTS("measurements.csv", List.of("indicator_code", "data_period", "reporting_period"),
			List.of("value", "numerator", "denominator", "provisional", "estimated", "value_as_printed",
					"performance_details", "current_activity", "future_activity", "assessed_status",
					"assessment_reason")),

	BENCHMARKS("benchmarks.csv", List.of("indicator_code", "data_period", "comparator"),
			List.of("value", "rank", "rank_of", "quartile", "source")),

	SCORECARDS("scorecards.csv",
			List.of("scorecard_code", "scorecard_name", "organisation_code", "scorecard_kind", "section",
					"section_kind", "indicator_code"),
			List.of("current_period")),

	COMPARATOR_VALUES("comparator-values.csv",
			List.of("group_code", "group_name", "indicator_code", "data_period", "member", "value"),
			List.of("is_council", "source")),

	RISK_MATRIX("risk-matrix.csv", List.of("council_code", "axis", "level", "label"),
			List.of("opportunity_label", "axis_name", "written", "drawn")),

	RISK_BANDS("risk-bands.csv", List.of("council_code", "from_score", "to_score", "level", "colour"), List.of()),

	RISK_REGISTERS("risk-registers.csv", List.of("code", "name", "kind", "organisation_code"), List.of("escalates_to")),

	RISK_AREAS("risk-areas.csv", List.of("code", "council_code", "title"),
			List.of("lead", "mitigations", "level", "level_reason", "since", "retired")),

	RISKS("risks.csv", List.of("reference", "register_code", "kind", "title"),
			List.of("description", "category", "consequences", "owner", "owner_email", "review_months", "next_review",
					"status", "response", "restricted", "restricted_fields", "direction_as_printed", "area_code")),

	RISK_ASSESSMENTS("risk-assessments.csv", List.of("reference", "assessed_on", "reporting_period"),
			List.of("inherent_impact", "inherent_likelihood", "inherent_score", "current_impact", "current_likelihood",
					"current_score", "residual_impact", "residual_likelihood", "residual_score", "target_date",
					"rating_as_printed", "comment")),

	RISK_CONTROLS("risk-controls.csv", List.of("reference", "control"), List.of("effectiveness")),

	RISK_ACTIONS("risk-actions.csv", List.of("reference", "action"), List.of("owner", "due", "status", "progress")),

	RISK_LINKS("risk-links.csv", List.of("reference"), List.of("indicator_code", "scorecard_code", "section"));

	private final String fileName;

	private final Set<String> required;

	private final Set<String> optional;

	private final List<String> columns;

	FileKind(String fileName, List<String> required, List<String> optional) {
		this.fileName = fileName;
		this.required = Set.copyOf(required);
		this.optional = Set.copyOf(optional);
		List<String> columns = new java.util.ArrayList<>(required);
		columns.addAll(optional);
		this.columns = List.copyOf(columns);
	}

	String fileName() {
		return this.fileName;
	}

	/** The name of a workbook's sheet that holds this file, e.g. "targets". */
	String sheetName() {
		return this.fileName.substring(0, this.fileName.length() - ".csv".length());
	}

	/**
	 * Every column the file may have, the required first, in the order a template lists
	 * them.
	 */
	List<String> columns() {
		return this.columns;
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
