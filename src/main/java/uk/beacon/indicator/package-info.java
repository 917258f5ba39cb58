/**
 * Indicator definitions, their targets, measurements and benchmarks, and the rules that
 * turn a value into a status with its explanation and a direction of travel.
 * {@link uk.beacon.indicator.IndicatorManagement} is the one way any of them changes; the
 * rest reads. Depends on {@code period}, {@code organisation} and {@code access}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators", allowedDependencies = { "access", "period",
		"organisation", "analytics", "analytics::chart", "identity", "changes", "audit", "web", "mail" })
package uk.beacon.indicator;
