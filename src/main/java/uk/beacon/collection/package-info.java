/**
 * The quarterly data collection: a performance officer opens a quarter, each indicator
 * due becomes a data request to its owner, owners submit figures and commentary,
 * approvers approve or return them, and approved figures are locked. E-mails go out when
 * a cycle opens, before the deadline and when a request is overdue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Collection",
		allowedDependencies = { "access", "period", "organisation", "indicator", "identity", "changes", "web", "mail" })
package uk.beacon.collection;
