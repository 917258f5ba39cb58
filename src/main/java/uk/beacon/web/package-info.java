/**
 * The shared page layout, static assets, navigation and error pages, and pages kept as
 * rendered for one version of the data ({@link uk.beacon.web.RenderedPages}). Depends
 * only on the version of the data; the modules' own controllers live in their {@code web}
 * packages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", allowedDependencies = { "changes" })
package uk.beacon.web;
