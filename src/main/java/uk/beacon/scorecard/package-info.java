/**
 * Scorecards (corporate, directorate, service) with their ordered sections and
 * indicators, and how a scorecard stood in a reporting period. Depends on
 * {@code indicator}, {@code period} and {@code organisation}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scorecards",
		allowedDependencies = { "indicator", "period", "organisation", "identity", "web" })
package uk.beacon.scorecard;
