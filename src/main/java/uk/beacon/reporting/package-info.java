/**
 * The quarterly cabinet report: drafted from a scorecard and the council's corporate risk
 * register, rendered as a print-friendly page, a tagged PDF, a Word document and an Excel
 * workbook, and frozen as an immutable snapshot when published. Depends on period,
 * organisation, indicator, scorecard, risk and the analytics charts; its pages read the
 * audit trail to say what changed while someone was confirming publication.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting", allowedDependencies = { "access", "changes",
		"period", "organisation", "indicator", "scorecard", "risk", "analytics::chart", "identity", "web", "audit" })
package uk.beacon.reporting;
