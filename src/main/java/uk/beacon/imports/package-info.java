/**
 * CSV import of organisation units, indicator definitions, targets, measurements,
 * benchmarks, scorecard layouts and risk registers: all or nothing, with every problem
 * named by file, row and column, including rows outside the importer's part of the
 * council. It saves through the modules' own write services, as the pages do. The demo
 * data loads through the same import.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports", allowedDependencies = { "access", "changes",
		"organisation", "period", "indicator", "scorecard", "risk", "identity" })
package uk.beacon.imports;
