/**
 * Scorecards (corporate, directorate, service) with their ordered sections and
 * indicators, and how a scorecard stood in a reporting period.
 * {@link uk.beacon.scorecard.ScorecardManagement} is the one way a scorecard changes.
 * Depends on {@code indicator}, {@code period}, {@code organisation} and {@code access}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scorecards", allowedDependencies = { "access", "changes",
		"indicator", "analytics", "period", "organisation", "identity", "web", "collection", "mail" })
package uk.beacon.scorecard;
