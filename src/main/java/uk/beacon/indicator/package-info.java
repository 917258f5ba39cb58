/**
 * Indicator definitions, their targets, measurements and benchmarks, and the rules that
 * turn a value into a status with its explanation and a direction of travel. Depends on
 * {@code period} and {@code organisation}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators", allowedDependencies = { "period",
		"organisation", "analytics", "analytics::chart", "identity", "changes", "web" })
package uk.beacon.indicator;
