/**
 * Setting a council up on screen: its organisation tree, new indicators and new
 * scorecards, and a first-run checklist that says what to do next. Every change goes
 * through the write service of the module that owns it (organisation, indicator,
 * scorecard); this module holds only their pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Set-up", allowedDependencies = { "access", "identity",
		"organisation", "indicator", "scorecard", "period", "web", "mail" })
package uk.beacon.setup;
