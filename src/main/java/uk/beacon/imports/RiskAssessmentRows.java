package uk.beacon.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.beacon.period.FinancialQuarter;
import uk.beacon.risk.RiskAssessment;
import uk.beacon.risk.RiskKind;
import uk.beacon.risk.RiskMatrix;
import uk.beacon.risk.RiskPosition;
import uk.beacon.risk.RiskPositions;

/**
 * Reads risk-assessments.csv, checking every position against the council's matrix.
 */
final class RiskAssessmentRows {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	record Draft(String reference, RiskAssessment assessment, int row) {
	}

	private RiskAssessmentRows() {
	}

	/**
	 * @param today an assessment is recorded once made: none is dated after it
	 */
	static List<Draft> read(CsvTable table, RiskContext context, LocalDate today) {
		List<Draft> drafts = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (CsvRow row : table.rows()) {
			String reference = RiskTreatmentRows.knownRisk(row, context);
			LocalDate assessedOn = row.date("assessed_on");
			if (row.text("assessed_on") == null) {
				row.required("assessed_on");
			}
			FinancialQuarter period = row.quarter("reporting_period");
			if (row.text("reporting_period") == null) {
				row.required("reporting_period");
			}
			LocalDate targetDate = row.date("target_date");
			if (reference == null) {
				continue;
			}
			Map.Entry<RiskKind, String> risk = context.risk(reference).orElseThrow();
			RiskMatrix matrix = context.matrix(risk.getValue());
			RiskPosition inherent = position(row, "inherent", matrix, risk.getKey());
			RiskPosition current = position(row, "current", matrix, risk.getKey());
			RiskPosition residual = position(row, "residual", matrix, risk.getKey());
			if (assessedOn == null || period == null || row.hadProblems()) {
				continue;
			}
			if (assessedOn.isAfter(today)) {
				row.problem("assessed_on",
						assessedOn.format(DATE) + " is after today; an assessment is recorded once made.");
				continue;
			}
			if (period.start().isAfter(assessedOn)) {
				row.problem("reporting_period", period.label() + " starts after the assessment date "
						+ assessedOn.format(DATE)
						+ "; an assessment is reported in its own quarter or a later report of an earlier one.");
				continue;
			}
			if (targetDate != null && targetDate.isBefore(assessedOn)) {
				row.problem("target_date", targetDate.format(DATE) + " is before the assessment date "
						+ assessedOn.format(DATE) + "; a target must lie ahead.");
				continue;
			}
			Integer earlier = seen.putIfAbsent(reference + "|" + assessedOn, row.number());
			if (earlier != null) {
				row.problem("assessed_on", "duplicate: row " + earlier + " already assesses " + reference + " on "
						+ assessedOn.format(DATE) + ".");
				continue;
			}
			try {
				drafts.add(new Draft(reference, new RiskAssessment(assessedOn, period, inherent, current, residual,
						targetDate, row.text("rating_as_printed"), row.text("comment")), row.number()));
			}
			catch (IllegalArgumentException ex) {
				row.problem(null, ex.getMessage());
			}
		}
		return drafts;
	}

	private static RiskPosition position(CsvRow row, String prefix, RiskMatrix matrix, RiskKind kind) {
		RiskPositions.Result result = RiskPositions.read(row.text(prefix + "_impact"), row.text(prefix + "_likelihood"),
				row.text(prefix + "_score"), matrix, kind);
		if (result.isError()) {
			row.problem(prefix + "_" + result.errorColumnSuffix(), result.message());
			return null;
		}
		return result.position().orElse(null);
	}

}
