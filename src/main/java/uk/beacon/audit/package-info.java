/**
 * An append-only record of every change, fed by the one event every module's write
 * service publishes ({@link uk.beacon.changes.Change}). The table refuses updates and
 * deletes at the database, so the record cannot be rewritten.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "changes" })
package uk.beacon.audit;
