/**
 * The shared page layout, static assets, navigation and error pages. Depends on no other
 * Beacon module; the modules' own controllers live in their {@code web} packages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", allowedDependencies = {})
package uk.beacon.web;
