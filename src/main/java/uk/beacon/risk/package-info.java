/**
 * Risk and opportunity registers: the council's matrix, assessments, controls, actions,
 * and the rules derived from them. Depends on period, organisation, indicator and
 * scorecard.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risks",
		allowedDependencies = { "period", "organisation", "indicator", "scorecard", "identity", "web" })
package uk.beacon.risk;
