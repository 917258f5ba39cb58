package uk.beacon.indicator;

import java.util.List;

import uk.beacon.analytics.BenchmarkPosition;
import uk.beacon.analytics.DataQualityFlag;
import uk.beacon.analytics.Forecast;
import uk.beacon.analytics.SpcAnalysis;
import uk.beacon.analytics.chart.Chart;

/**
 * What the figures of an indicator say beyond its RAG: signal or noise, where it is
 * heading, how it compares, and what looks wrong with the data.
 *
 * @param indicator the indicator
 * @param periodLabels the data periods analysed, oldest first
 * @param spc statistical process control of its values
 * @param spcNote what the statistical process control says, or why it is not used
 * @param forecast its projected year-end position, {@code null} when it has no year to
 * project
 * @param positions its rank and quartile in each comparator group for the latest period
 * @param benchmarks one statement for each published benchmark and comparator group
 * @param dataQuality what looks wrong with its figures or target
 * @param trendChart values, target, amber band and comparators
 * @param controlChart the XmR chart, {@code null} when there are too few points
 */
public record IndicatorAnalysis(Indicator indicator, List<String> periodLabels, SpcAnalysis spc, String spcNote,
		Forecast forecast, List<GroupPosition> positions, List<BenchmarkStatement> benchmarks,
		List<DataQualityFlag> dataQuality, Chart trendChart, Chart controlChart) {

	/**
	 * The council's position in one comparator group, or why there is none.
	 */
	public record GroupPosition(String groupCode, String groupName, String period, BenchmarkPosition position,
			String explanation) {
	}

}
