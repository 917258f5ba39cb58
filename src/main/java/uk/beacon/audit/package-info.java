/**
 * An append-only record of every change, fed by the events other modules publish. The
 * table refuses updates and deletes at the database, so the record cannot be rewritten.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
		allowedDependencies = { "risk", "imports", "changes", "reporting" })
package uk.beacon.audit;
