/**
 * CSV import of organisation units, indicator definitions, targets, measurements,
 * benchmarks and scorecard layouts: all or nothing, with every problem named by file, row
 * and column. The demo data loads through the same import. Depends on
 * {@code organisation}, {@code period}, {@code indicator} and {@code scorecard}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports",
		allowedDependencies = { "organisation", "period", "indicator", "scorecard", "risk", "identity" })
package uk.beacon.imports;
