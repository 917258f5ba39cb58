/**
 * Import of organisation units, indicator definitions, targets, measurements, benchmarks,
 * scorecard layouts and risk registers from CSV files and Excel workbooks: all or
 * nothing, with every problem named by file, row and column, including rows outside the
 * importer's part of the council. A row for something Beacon holds changes it, shown
 * field by field in a preview before anything is saved; templates, blank or filled with
 * what Beacon holds, make the round trip through Excel. It saves through the modules' own
 * write services, as the pages do. The demo data loads through the same import.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports", allowedDependencies = { "access", "changes",
		"organisation", "period", "indicator", "scorecard", "risk", "identity" })
package uk.beacon.imports;
