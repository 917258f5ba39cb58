/**
 * Search across indicators, scorecards, risks and published reports by PostgreSQL
 * full-text search and by code or reference, each result shown only to those whose pages
 * would show it. Reads what the other modules hold and changes nothing. Depends on
 * {@code access}, {@code identity}, {@code period}, {@code risk} (who sees which risk and
 * field) and {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
		allowedDependencies = { "access", "identity", "period", "risk", "web" })
package uk.beacon.search;
