/**
 * Trends, statistical process control, year-end forecasts, benchmark quartiles and data
 * quality flags: pure functions over numbers, with no Spring and no database. Depends on
 * no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics", allowedDependencies = {})
package uk.beacon.analytics;
