package uk.beacon.analytics.chart;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static uk.beacon.analytics.chart.ChartExamples.PERCENT;
import static uk.beacon.analytics.chart.ChartExamples.QUARTERS;
import static uk.beacon.analytics.chart.ChartExamples.series;
import static uk.beacon.analytics.chart.ChartExamples.values;

class TrendChartTest {

	private final Chart invoices = TrendChart.render(ChartExamples.invoicesPaidOnTime());

	@Test
	void isAnAccessibleScalableImage() {
		Svg.assertAccessible(this.invoices);
		assertThat(this.invoices.title()).isEqualTo("Invoices paid within 30 days");
	}

	@Test
	void marksEveryValueOfTheIndicator() {
		Svg svg = Svg.of(this.invoices);
		assertThat(svg.groups("point actual")).hasSize(7);
		assertThat(Svg.styleInside(svg.groups("point actual").get(0))).contains("fill:rgb(29,112,184)");
	}

	@Test
	void breaksTheLineWhereAPeriodHasNoValue() {
		// eight quarters, Q2 2018/19 missing: two of the seven joins are not drawn
		Svg svg = Svg.of(this.invoices);
		assertThat(svg.groups("line actual")).hasSize(5);
		assertThat(svg.groups("line actual"))
			.allSatisfy((line) -> assertThat(Svg.styleInside(line)).contains("stroke:rgb(29,112,184)")
				.contains("stroke-width:2.5")
				.doesNotContain("dasharray"));
	}

	@Test
	void drawsTheTargetAsADashedBlackLine() {
		Svg svg = Svg.of(this.invoices);
		assertThat(svg.groups("line target")).hasSize(6)
			.allSatisfy((line) -> assertThat(Svg.styleInside(line)).contains("stroke:rgb(11,12,12)")
				.contains("stroke-dasharray:8.0,5.0"));
		assertThat(svg.groups("point target")).isEmpty();
		assertThat(svg.texts()).contains("Target");
	}

	@Test
	void drawsNoTargetWhenThereIsNone() {
		Chart chart = TrendChart.render(ChartExamples.valuesOnly(82.0, 83.0, 84.0));
		Svg svg = Svg.assertAccessible(chart);
		assertThat(svg.count("//g[contains(@class, 'target')]")).isZero();
		assertThat(chart.svg()).doesNotContain("stroke-dasharray");
		assertThat(svg.texts()).doesNotContain("Target");
	}

	@Test
	void leavesOutATargetWithNoValues() {
		Chart chart = TrendChart.render(new TrendChartData("Invoices paid within 30 days", QUARTERS.subList(0, 2),
				series("Invoices paid", 82.0, 84.0), series("Target", null, null), null, null, List.of(), PERCENT));
		assertThat(Svg.of(chart).count("//g[contains(@class, 'target')]")).isZero();
		assertThat(chart.tableHeaders()).containsExactly("Period", "Value");
		assertThat(chart.textAlternative()).doesNotContain("target");
	}

	@Test
	void marksATargetValueThatHasNoNeighbourToJoin() {
		Chart chart = TrendChart.render(new TrendChartData("Invoices paid within 30 days", QUARTERS.subList(0, 3),
				series("Invoices paid", 82.0, 84.0, 85.0), series("Target", null, 90.0, null), null, null, List.of(),
				PERCENT));
		Svg svg = Svg.of(chart);
		assertThat(svg.groups("point target")).hasSize(1);
		assertThat(svg.groups("line target")).isEmpty();
	}

	@Test
	void drawsComparatorsDottedWithMarkersOfTheirOwnShape() {
		Svg svg = Svg.of(this.invoices);
		assertThat(svg.groups("point comparator comparator-1")).hasSize(8);
		assertThat(svg.groups("point comparator comparator-2")).hasSize(7);
		assertThat(svg.groups("line comparator comparator-1"))
			.allSatisfy((line) -> assertThat(Svg.styleInside(line)).contains("stroke:rgb(76,44,146)")
				.contains("stroke-dasharray:0.5,4.5"));
		assertThat(svg.groups("line comparator comparator-2"))
			.allSatisfy((line) -> assertThat(Svg.styleInside(line)).contains("stroke:rgb(212,53,28)")
				.contains("stroke-dasharray:0.5,4.5"));
		String square = markerPath(svg, "point comparator comparator-1");
		String triangle = markerPath(svg, "point comparator comparator-2");
		String circle = markerPath(svg, "point actual");
		assertThat(square.split("L")).hasSize(5);
		assertThat(triangle.split("L")).hasSize(3);
		assertThat(circle).contains("C");
		assertThat(svg.texts()).contains("England", "North West");
	}

	@Test
	void fillsTheAmberBandLightlyBehindTheLines() {
		Svg svg = Svg.of(this.invoices);
		assertThat(svg.groups("band amber")).hasSize(1);
		assertThat(Svg.styleInside(svg.groups("band amber").get(0))).contains("fill:rgb(255,221,0)")
			.contains("fill-opacity:0.349");
		assertThat(this.invoices.svg().indexOf("band amber")).isLessThan(this.invoices.svg().indexOf("line actual"));
		assertThat(svg.texts()).contains("Amber band");
	}

	@Test
	void fillsEachRunOfTheAmberBandSeparately() {
		TrendChartData data = new TrendChartData("Invoices paid within 30 days", QUARTERS.subList(0, 5),
				series("Invoices paid", 82.0, 84.0, 85.0, 86.0, 88.0), null, values(80.0, 80.0, null, 85.0, null),
				values(90.0, 90.0, null, 95.0, null), List.of(), PERCENT);
		assertThat(Svg.of(TrendChart.render(data)).groups("band amber")).hasSize(2);
	}

	@Test
	void labelsThePeriodsAndTheValuesInTheIndicatorsUnit() {
		List<String> texts = Svg.of(this.invoices).texts();
		assertThat(texts).containsAll(QUARTERS);
		assertThat(texts).contains("84%", "90%", "94%");
	}

	@Test
	void writesOnlyEveryFewPeriodsWhenThereAreMany() {
		List<String> months = java.util.stream.IntStream.rangeClosed(1, 60)
			.mapToObj((month) -> "Month " + month)
			.toList();
		List<Double> values = java.util.stream.IntStream.rangeClosed(1, 60)
			.mapToObj((month) -> 80.0 + month % 7)
			.toList();
		Chart chart = TrendChart.render(new TrendChartData("Calls answered", months, new Series("Calls", values), null,
				null, null, List.of(), PERCENT));
		Svg svg = Svg.assertAccessible(chart);
		assertThat(svg.groups("point actual")).hasSize(60);
		List<String> labelled = svg.texts()
			.stream()
			.filter((text) -> text.matches("\\d+") || text.equals("Month"))
			.toList();
		assertThat(labelled).contains("60").doesNotContain("59").hasSizeLessThan(60);
	}

	@Test
	void describesTheLatestValueTheTrendTheTargetAndTheComparators() {
		assertThat(this.invoices.textAlternative()).isEqualTo(
				"Line chart of Invoices paid within 30 days from Q4 2017/18 to Q3 2019/20. The value rose from 82% in "
						+ "Q4 2017/18 to 89.19% in Q3 2019/20, below the target of 95%. Comparators in Q3 2019/20: "
						+ "England 88% and North West 86.3% (Q2 2019/20).");
	}

	@Test
	void describesAFall() {
		assertThat(TrendChart.render(ChartExamples.valuesOnly(88.0, null, 84.5)).textAlternative()).isEqualTo(
				"Line chart of Invoices paid within 30 days from Q1 2019/20 to Q3 2019/20. The value fell from 88% "
						+ "in Q1 2019/20 to 84.5% in Q3 2019/20.");
	}

	@Test
	void describesNoChangeWhenTheValuesReadTheSame() {
		assertThat(TrendChart.render(ChartExamples.valuesOnly(84.001, 83.999)).textAlternative())
			.endsWith("The value was unchanged at 84% from Q2 2019/20 to Q3 2019/20.");
	}

	@Test
	void describesTheLatestValueAgainstItsTarget() {
		assertThat(withTarget(96.0, 95.0).textAlternative()).endsWith("to 96% in Q3 2019/20, above the target of 95%.");
		assertThat(withTarget(95.0, 95.0).textAlternative())
			.endsWith("to 95% in Q3 2019/20, equal to the target of 95%.");
		assertThat(withTarget(94.0, null).textAlternative())
			.endsWith("to 94% in Q3 2019/20, and there is no target for Q3 2019/20.");
	}

	@Test
	void tabulatesEveryPeriodWithTheColumnsThatHaveValues() {
		assertThat(this.invoices.tableHeaders()).containsExactly("Period", "Value", "Target", "Amber band", "England",
				"North West");
		assertThat(this.invoices.tableRows()).hasSize(8);
		assertThat(this.invoices.tableRows().get(0)).containsExactly("Q4 2017/18", "82%", "–", "–", "85%", "83%");
		assertThat(this.invoices.tableRows().get(2)).containsExactly("Q2 2018/19", "–", "95%", "90% to 95%", "86%",
				"84.1%");
		assertThat(this.invoices.tableRows().get(7)).containsExactly("Q3 2019/20", "89.19%", "95%", "90% to 95%", "88%",
				"–");
	}

	@Test
	void leavesOutAComparatorWithNoValues() {
		Chart chart = TrendChart.render(new TrendChartData("Invoices paid within 30 days", QUARTERS.subList(0, 2),
				series("Invoices paid", 82.0, 84.0), null, null, null,
				List.of(series("England", null, null), series("North West", 80.0, 81.0)), PERCENT));
		assertThat(chart.tableHeaders()).containsExactly("Period", "Value", "North West");
		assertThat(chart.textAlternative()).doesNotContain("England");
		Svg svg = Svg.of(chart);
		assertThat(svg.groups("point comparator comparator-1")).hasSize(2);
		assertThat(svg.texts()).doesNotContain("England");
	}

	@Test
	void drawsAChartWithASinglePoint() {
		Chart chart = TrendChart.render(ChartExamples.valuesOnly(84.0));
		Svg svg = Svg.assertAccessible(chart);
		assertThat(svg.groups("point actual")).hasSize(1);
		assertThat(svg.groups("line actual")).isEmpty();
		assertThat(chart.textAlternative()).isEqualTo(
				"Line chart of Invoices paid within 30 days for Q3 2019/20. The only value is 84% in Q3 2019/20.");
		assertThat(chart.tableRows()).containsExactly(List.of("Q3 2019/20", "84%"));
	}

	@Test
	void saysSoWhenThereAreNoValuesToShow() {
		TrendChartData data = new TrendChartData("Invoices paid within 30 days", QUARTERS.subList(0, 3),
				series("Invoices paid", null, null, null), series("Target", 95.0, 95.0, 95.0), null, null,
				List.of(series("England", 80.0, 81.0, 82.0)), PERCENT);
		Chart chart = TrendChart.render(data);
		Svg svg = Svg.assertAccessible(chart);
		assertThat(chart.textAlternative())
			.isEqualTo("Line chart of Invoices paid within 30 days from Q4 2017/18 to Q2 2018/19. No values to show.");
		assertThat(chart.tableRows()).isEmpty();
		assertThat(svg.count("//g[contains(@class, 'point') or contains(@class, 'line')]")).isZero();
		assertThat(svg.texts()).containsExactly("No values to show");
	}

	@Test
	void saysSoWhenThereAreNoPeriods() {
		Chart chart = TrendChart.render(new TrendChartData("Invoices paid within 30 days", List.of(),
				series("Invoices paid"), null, null, null, List.of(), PERCENT));
		Svg.assertAccessible(chart);
		assertThat(chart.textAlternative()).isEqualTo("Line chart of Invoices paid within 30 days. No values to show.");
		assertThat(chart.tableRows()).isEmpty();
	}

	@Test
	void drawsTheSameChartTheSameWayEveryTime() {
		Chart again = TrendChart.render(ChartExamples.invoicesPaidOnTime());
		assertThat(again.svg()).isEqualTo(this.invoices.svg());
		assertThat(again).isEqualTo(this.invoices);
	}

	@Test
	void givesDifferentChartsDifferentIds() {
		String first = Svg.of(TrendChart.render(ChartExamples.valuesOnly(82.0, 83.0))).root().getAttribute("id");
		String second = Svg.of(TrendChart.render(ChartExamples.valuesOnly(82.0, 84.0))).root().getAttribute("id");
		assertThat(first).startsWith("trend-").isNotEqualTo(second);
	}

	@Test
	void startsEveryIdWithTheGivenPrefix() {
		Chart chart = TrendChart.render(ChartExamples.invoicesPaidOnTime(), "invoices-2019");
		Svg svg = Svg.assertAccessible(chart);
		assertThat(svg.root().getAttribute("id")).isEqualTo("invoices-2019");
		assertThat(svg.root().getAttribute("aria-labelledby")).isEqualTo("invoices-2019-title invoices-2019-desc");
		assertThat(svg.all("//clipPath")).isNotEmpty()
			.allSatisfy((clip) -> assertThat(clip.getAttribute("id")).startsWith("invoices-2019-clip-"));
	}

	@Test
	void makesAnyIdPrefixSafeForAnId() {
		assertThat(Svg.assertAccessible(TrendChart.render(ChartExamples.valuesOnly(82.0), "trend-NI 155/b"))
			.root()
			.getAttribute("id")).isEqualTo("trend-NI-155-b");
		assertThat(Svg.assertAccessible(TrendChart.render(ChartExamples.valuesOnly(82.0), "2019.q1"))
			.root()
			.getAttribute("id")).isEqualTo("chart-2019.q1");
		assertThatIllegalArgumentException().isThrownBy(() -> TrendChart.render(ChartExamples.valuesOnly(82.0), " "))
			.withMessage("A chart needs an id prefix to keep its ids apart from others on the page");
	}

	@Test
	void escapesTextThatLooksLikeMarkup() {
		Chart chart = TrendChart.render(new TrendChartData("Rent arrears <£500 & rising", QUARTERS.subList(0, 1),
				series("Arrears", 12.0), null, null, null, List.of(), PERCENT));
		Svg svg = Svg.assertAccessible(chart);
		assertThat(svg.children().get(0).getTextContent()).isEqualTo("Rent arrears <£500 & rising");
	}

	private static Chart withTarget(double latest, Double target) {
		return TrendChart.render(new TrendChartData("Invoices paid within 30 days", QUARTERS.subList(6, 8),
				series("Invoices paid", 90.0, latest), series("Target", 95.0, target), null, null, List.of(), PERCENT));
	}

	private static String markerPath(Svg svg, String classes) {
		return svg.groups(classes)
			.get(0)
			.getElementsByTagName("path")
			.item(0)
			.getAttributes()
			.getNamedItem("d")
			.getNodeValue();
	}

}
