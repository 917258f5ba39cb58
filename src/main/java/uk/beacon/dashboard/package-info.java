/**
 * Dashboards: the council overview by directorate and objective, and a dashboard for
 * every unit of the organisation tree with drill-down to its indicators and filters.
 * Depends on organisation, period, indicator, scorecard and analytics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboards",
		allowedDependencies = { "access", "identity", "organisation", "period", "indicator", "scorecard", "analytics",
				"analytics::chart", "web", "risk" })
package uk.beacon.dashboard;
