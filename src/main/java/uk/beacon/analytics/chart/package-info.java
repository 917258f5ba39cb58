/**
 * Charts for pages and reports, drawn on the server as accessible SVG: the trend of an
 * indicator against its target, amber band and comparators, and the statistical process
 * control chart. Every chart comes with its text alternative and the rows of the data
 * table that sits beside it. Pure rendering with JFreeChart and JFreeSVG; depends on
 * nothing else in Beacon.
 */
@org.springframework.modulith.NamedInterface("chart")
package uk.beacon.analytics.chart;
