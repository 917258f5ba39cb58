/**
 * The council's organisation tree (council, directorates, services) and the units that
 * own indicators and scorecards. Depends on no other Beacon module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = {})
package uk.beacon.organisation;
