/**
 * Risk and opportunity registers: the council's matrix, assessments, controls, actions,
 * and the rules derived from them. {@link uk.beacon.risk.RiskManagement} is the one way a
 * register changes. Depends on period, organisation, indicator, scorecard and access, and
 * draws its history with the analytics module's charts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risks", allowedDependencies = { "access", "changes",
		"period", "organisation", "indicator", "scorecard", "identity", "audit", "web", "analytics::chart", "mail" })
package uk.beacon.risk;
