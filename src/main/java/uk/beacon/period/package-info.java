/**
 * UK reporting periods: financial quarters and years, months, academic and calendar years
 * and as-at dates, with the arithmetic and label parsing councils rely on. Depends on
 * nothing else in Beacon.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Period", allowedDependencies = {})
package uk.beacon.period;
