/**
 * The council's organisation tree (council, directorates, services) and the units that
 * own indicators and scorecards; {@link uk.beacon.organisation.OrganisationManagement} is
 * the one way it changes. Depends on access (who may change it) and changes (the audit
 * event).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation",
		allowedDependencies = { "access", "changes" })
package uk.beacon.organisation;
