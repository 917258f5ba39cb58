package uk.beacon.analytics.chart;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static uk.beacon.analytics.chart.ChartExamples.PERCENT;
import static uk.beacon.analytics.chart.ChartExamples.QUARTERS;
import static uk.beacon.analytics.chart.ChartExamples.series;
import static uk.beacon.analytics.chart.ChartExamples.values;

/**
 * The green band: where a figure short of its target is still green under the council's
 * RAG rule, drawn over the amber band.
 */
class TrendChartGreenBandTest {

	/**
	 * 75% with green within 5% (71.25–75) and amber within 10% (67.5–75, of which the
	 * green covers the top).
	 */
	private static TrendChartData councilRule() {
		return new TrendChartData("Council tax collected", QUARTERS.subList(0, 3),
				series("Council tax collected", 73.4, 69.5, 76.0), series("Target", 75.0, 75.0, 75.0),
				values(67.5, 67.5, 67.5), values(75.0, 75.0, 75.0), List.of(), PERCENT, values(71.25, 71.25, 71.25),
				values(75.0, 75.0, 75.0));
	}

	@Test
	void drawsTheGreenBandOverTheAmberAndBothBeneathTheLines() {
		Chart chart = TrendChart.render(councilRule());
		Svg svg = Svg.assertAccessible(chart);
		assertThat(svg.groups("band green")).hasSize(1);
		assertThat(Svg.styleInside(svg.groups("band green").get(0))).contains("fill:rgb(204,226,216)");
		assertThat(chart.svg().indexOf("band amber")).isLessThan(chart.svg().indexOf("band green"));
		assertThat(chart.svg().indexOf("band green")).isLessThan(chart.svg().indexOf("line actual"));
		assertThat(svg.texts()).contains("Green band", "Amber band");
	}

	@Test
	void theTableGivesTheGreenBandAndTheAmberBeyondIt() {
		Chart chart = TrendChart.render(councilRule());
		assertThat(chart.tableHeaders()).containsExactly("Period", "Value", "Target", "Green band", "Amber band");
		assertThat(chart.tableRows().get(0)).containsExactly("Q4 2017/18", "73.4%", "75%", "71.25% to 75%",
				"67.5% to 71.25%");
	}

	@Test
	void anAmberBandOnBothSidesOfTheGreenIsGivenAsTwoStretches() {
		TrendChartData data = new TrendChartData("Capital outturn", QUARTERS.subList(0, 1), series("Outturn", 100.0),
				series("Target", 100.0), values(90.0), values(110.0), List.of(), PERCENT, values(95.0), values(105.0));
		assertThat(TrendChart.render(data).tableRows().get(0)).endsWith("95% to 105%", "90% to 95% and 105% to 110%");
	}

	@Test
	void aTargetRangeWithNoAmberBandIsGreenAlone() {
		TrendChartData data = new TrendChartData("Admissions", QUARTERS.subList(0, 2),
				series("Admissions", 590.0, 700.0), series("Target", null, null), null, null, List.of(), PERCENT,
				values(600.0, 600.0), values(680.0, 680.0));
		Chart chart = TrendChart.render(data);
		assertThat(chart.tableHeaders()).contains("Green band").doesNotContain("Amber band");
		assertThat(Svg.of(chart).groups("band amber")).isEmpty();
	}

	@Test
	void aGreenBandNeedsBothEdges() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TrendChartData("Council tax collected", QUARTERS.subList(0, 1),
					series("Council tax collected", 73.4), null, null, null, List.of(), PERCENT, values(71.25), null))
			.withMessageContaining("green band");
	}

}
