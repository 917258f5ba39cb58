/**
 * The shared page layout, static assets, navigation and error pages, pages kept as
 * rendered for one version of the data ({@link uk.beacon.web.RenderedPages}), and what
 * every controller shares: reading a quarter from a request, answering a bad period or a
 * refused change ({@link uk.beacon.web.Refusals}), and the error summary of a form
 * ({@link uk.beacon.web.FormErrors}). Depends on the version of the data, periods and the
 * refusals a write service gives; the modules' own controllers live in their {@code web}
 * packages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web",
		allowedDependencies = { "changes", "period", "access" })
package uk.beacon.web;
