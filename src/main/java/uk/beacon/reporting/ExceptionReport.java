package uk.beacon.reporting;

import java.util.List;

/**
 * The page a report gives a red indicator: what it measures, where it stands, its trend
 * against the target, and what is being done (the commentary on its line).
 *
 * @param indicator the indicator's line on the scorecard, with its definition and
 * commentary
 * @param owner the officer who owns the figure, or {@code null}
 * @param comparators each comparator's figure in words, such as "National: 86%
 * (30/09/2019)"
 * @param chart the trend chart with its target line and data table
 */
public record ExceptionReport(IndicatorLine indicator, String owner, List<String> comparators, ReportChart chart) {

	public ExceptionReport {
		comparators = List.copyOf(comparators);
	}

}
