/**
 * The one shape in which every module reports a change for the audit trail: who, what,
 * before and after. Depends on nothing; the audit module listens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Changes", allowedDependencies = {})
package uk.beacon.changes;
