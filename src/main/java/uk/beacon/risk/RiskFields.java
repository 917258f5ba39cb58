package uk.beacon.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import uk.beacon.changes.Fields;

/**
 * How the audit trail shows a register's things, one line a field: what
 * {@link RiskManagement} records before and after each change.
 */
final class RiskFields {

	private RiskFields() {
	}

	/**
	 * @param area the risk area it belongs to, {@code null} for none
	 */
	static Fields of(Risk risk, RiskRegister register, RiskArea area) {
		return Fields.of("register", register.name(), "area", (area != null) ? describe(area) : "No area", "kind",
				risk.kind().label(), "title", risk.title(), "description", risk.description(), "category",
				risk.category(), "consequences", risk.consequences(), "owner", risk.owner(), "owner e-mail",
				risk.ownerEmail(), "reviewed every", risk.reviewMonths() + " months", "next review", risk.nextReview(),
				"status", risk.status().label(), "response", (risk.response() != null) ? risk.response().label() : null,
				"restricted", risk.restricted() ? "yes" : "no", "restricted fields",
				risk.restrictedFields()
					.stream()
					.map(f -> f.name().toLowerCase(Locale.ROOT))
					.sorted()
					.collect(Collectors.joining(", ")),
				"note", risk.note());
	}

	static Fields of(RiskArea area) {
		return Fields
			.of("title", area.title(), "lead", area.lead(), "mitigations", area.mitigations(), "level",
					(area.setLevel() != null) ? area.setLevel() + ", set: " + area.setLevelReason()
							: "worked out from its risks",
					"reported since", area.since(), "retired on", area.retiredOn());
	}

	/** "SAFEGUARDING (Safeguarding vulnerable children)". */
	static String describe(RiskArea area) {
		return area.code() + " (" + area.title() + ")";
	}

	static Fields of(RiskRegister register, String unitCode, String escalatesToCode) {
		return Fields.of("name", register.name(), "kind", register.kind().label(), "organisation unit", unitCode,
				"escalates to", escalatesToCode);
	}

	static Fields of(RiskMatrix matrix) {
		return Fields.of("size", matrix.dimensions(), "impact", String.join(", ", matrix.impactLabels()),
				"impact for opportunities", String.join(", ", matrix.opportunityImpactLabels()), "likelihood",
				String.join(", ", matrix.likelihoodLabels()), "written",
				matrix.writing().product() + ", " + matrix.writing().first() + " first", "drawn",
				matrix.writing().rows() + " down the side, " + matrix.writing().columns() + " along the bottom",
				"bands",
				matrix.bands()
					.stream()
					.map(band -> band.describe() + " " + band.colour().label().toLowerCase(java.util.Locale.UK))
					.collect(Collectors.joining("; ")));
	}

	static Fields of(RiskAppetite appetite) {
		// "category " before each name keeps a category named like the default apart
		List<Object> namesAndValues = new ArrayList<>(List.of("any other category", describe(appetite.defaultScore())));
		appetite.categories().forEach(c -> {
			namesAndValues.add("category " + c.name());
			namesAndValues.add(describe(c.tolerableScore()));
		});
		return Fields.of(namesAndValues.toArray());
	}

	private static String describe(Integer tolerableScore) {
		return (tolerableScore != null) ? "tolerable score " + tolerableScore : "none set";
	}

	static Fields of(RiskAssessment a, RiskMatrix matrix, RiskKind kind) {
		return Fields.of("assessed on", a.assessedOn(), "reporting period", a.reportingPeriod().label(), "inherent",
				label(a.inherent(), matrix, kind), "current", label(a.current(), matrix, kind), "target",
				label(a.residual(), matrix, kind), "target date", a.targetDate(), "rating as printed",
				a.ratingAsPrinted(), "comment", a.comment());
	}

	static Fields of(RiskControl control) {
		return Fields.of("control", control.control(), "effectiveness", control.effectiveness().label());
	}

	static Fields of(MitigatingAction action) {
		return Fields.of("action", action.action(), "owner", action.owner(), "due", action.due(), "status",
				action.status().label(), "progress", action.progress());
	}

	private static String label(RiskPosition position, RiskMatrix matrix, RiskKind kind) {
		return (position != null) ? position.label(matrix, kind) : null;
	}

}
