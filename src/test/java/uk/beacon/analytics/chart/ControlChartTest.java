package uk.beacon.analytics.chart;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.beacon.analytics.chart.ChartExamples.DAYS;
import static uk.beacon.analytics.chart.ChartExamples.QUARTERS;
import static uk.beacon.analytics.chart.ChartExamples.values;

class ControlChartTest {

	private final Chart sickness = ControlChart.render(ChartExamples.sicknessAbsence());

	@Test
	void isAnAccessibleScalableImage() {
		Svg.assertAccessible(this.sickness);
		assertThat(this.sickness.title()).isEqualTo("Days lost to sickness per employee");
	}

	@Test
	void marksEveryValueByWhatItShows() {
		Svg svg = Svg.of(this.sickness);
		assertThat(svg.count("//g[starts-with(@class, 'point value')]")).isEqualTo(23);
		assertThat(svg.groups("point value")).hasSize(13);
		assertThat(svg.groups("point value improvement")).hasSize(9)
			.allSatisfy((point) -> assertThat(Svg.styleInside(point)).contains("fill:rgb(29,112,184)"));
		assertThat(svg.groups("point value concern")).singleElement()
			.satisfies((point) -> assertThat(Svg.styleInside(point)).contains("fill:rgb(244,119,56)"));
		assertThat(svg.groups("point value"))
			.allSatisfy((point) -> assertThat(Svg.styleInside(point)).contains("fill:rgb(80,90,95)"));
	}

	@Test
	void marksConcernsWithADifferentShapeAndADarkEdge() {
		Svg svg = Svg.of(this.sickness);
		Element concern = svg.groups("point value concern").get(0);
		assertThat(concern.getElementsByTagName("path").item(0).getAttributes().getNamedItem("d").getNodeValue())
			.doesNotContain("C")
			.satisfies((path) -> assertThat(path.split("L")).hasSize(4));
		assertThat(svg.all("//g[@class='point value concern']/descendant-or-self::*[@stroke]")).isNotEmpty()
			.allSatisfy((edge) -> assertThat(edge.getAttribute("stroke")).isEqualTo("rgb(11,12,12)"));
		assertThat(svg.texts()).contains("Improvement", "Concern").doesNotContain("Special cause");
	}

	@Test
	void breaksTheLineWhereAPeriodHasNoValue() {
		// 24 months with May 2019 missing: 21 of the 23 joins are drawn
		assertThat(Svg.of(this.sickness).groups("line value")).hasSize(21);
	}

	@Test
	void drawsTheMeanSolidAndTheLimitsDashed() {
		Svg svg = Svg.of(this.sickness);
		assertThat(svg.groups("level mean")).singleElement()
			.satisfies((mean) -> assertThat(Svg.styleInside(mean)).contains("stroke:rgb(80,90,95)")
				.doesNotContain("dasharray"));
		assertThat(svg.groups("level limit upper-limit")).singleElement()
			.satisfies((limit) -> assertThat(Svg.styleInside(limit)).contains("stroke-dasharray:4.0,4.0"));
		assertThat(svg.groups("level limit lower-limit")).singleElement()
			.satisfies((limit) -> assertThat(Svg.styleInside(limit)).contains("stroke-dasharray:4.0,4.0"));
		assertThat(svg.texts()).contains("Mean", "Control limits");
	}

	@Test
	void drawsTheTargetDashedBlackOnlyWhenThereIsOne() {
		assertThat(Svg.of(this.sickness).groups("level target")).singleElement()
			.satisfies((target) -> assertThat(Svg.styleInside(target)).contains("stroke:rgb(11,12,12)")
				.contains("stroke-dasharray:8.0,5.0"));
		Svg withoutTarget = Svg.of(ControlChart.render(control(values(9.0, 9.5, 8.8), null, null)));
		assertThat(withoutTarget.groups("level target")).isEmpty();
		assertThat(withoutTarget.texts()).doesNotContain("Target");
	}

	@Test
	void marksWhereTheBaselineEnds() {
		Svg svg = Svg.of(this.sickness);
		assertThat(svg.groups("baseline")).singleElement()
			.satisfies((baseline) -> assertThat(baseline.getTextContent()).isEqualTo("Baseline ends"));
		assertThat(Svg.of(ControlChart.render(control(values(9.0, 9.5, 8.8), null, null))).groups("baseline"))
			.isEmpty();
		assertThat(Svg.of(ControlChart.render(control(values(9.0, 9.5, 8.8), null, 3))).groups("baseline")).isEmpty();
	}

	@Test
	void describesTheMeanTheLimitsAndTheSpecialCauses() {
		assertThat(this.sickness.textAlternative()).isEqualTo(
				"Control chart of Days lost to sickness per employee from Apr 2018 to Mar 2020, with a mean of 9.2 "
						+ "days and control limits of 7.8 days and 10.6 days. The latest value is 7.7 days in Mar 2020. "
						+ "10 points show special cause variation: 9 improvements and 1 concern. The target is 8.5 "
						+ "days. The mean and limits come from the first 12 points, up to Mar 2019.");
	}

	@Test
	void saysWhenNoPointIsSpecialCause() {
		assertThat(ControlChart.render(control(values(9.0, 9.5, 8.8), null, null)).textAlternative())
			.isEqualTo("Control chart of Days lost to sickness per employee from Q1 2019/20 to Q3 2019/20, with a "
					+ "mean of 9.2 days and control limits of 7.8 days and 10.6 days. The latest value is 8.8 days "
					+ "in Q3 2019/20. No points show special cause variation.");
	}

	@Test
	void marksSpecialCauseWithNoDirectionAsItsOwnKind() {
		ControlChartData data = new ControlChartData("Days lost to sickness per employee", QUARTERS.subList(5, 8),
				values(9.0, 11.0, 7.0), 9.2, 10.6, 7.8, List.of(false, true, true), Arrays.asList(null, null, true),
				null, null, DAYS);
		Chart chart = ControlChart.render(data);
		Svg svg = Svg.assertAccessible(chart);
		assertThat(svg.groups("point value special-cause")).singleElement()
			.satisfies((point) -> assertThat(Svg.styleInside(point)).contains("fill:rgb(76,44,146)"));
		assertThat(svg.texts()).contains("Special cause", "Improvement").doesNotContain("Concern");
		assertThat(chart.textAlternative())
			.contains("2 points show special cause variation: 1 improvement and 1 neither improvement nor concern.");
		assertThat(chart.tableRows()).extracting((row) -> row.get(row.size() - 1))
			.containsExactly("No", "Yes", "Improvement");
	}

	@Test
	void tabulatesEveryPeriodWithItsMeanLimitsTargetAndSpecialCause() {
		assertThat(this.sickness.tableHeaders()).containsExactly("Period", "Value", "Mean", "Lower limit",
				"Upper limit", "Target", "Special cause");
		assertThat(this.sickness.tableRows()).hasSize(24);
		assertThat(this.sickness.tableRows().get(0)).containsExactly("Apr 2018", "9.1 days", "9.2 days", "7.8 days",
				"10.6 days", "8.5 days", "No");
		assertThat(this.sickness.tableRows().get(8)).containsExactly("Dec 2018", "10.9 days", "9.2 days", "7.8 days",
				"10.6 days", "8.5 days", "Concern");
		assertThat(this.sickness.tableRows().get(13)).containsExactly("May 2019", "–", "9.2 days", "7.8 days",
				"10.6 days", "8.5 days", "–");
		assertThat(this.sickness.tableRows().get(23)).containsExactly("Mar 2020", "7.7 days", "9.2 days", "7.8 days",
				"10.6 days", "8.5 days", "Improvement");
	}

	@Test
	void leavesOutTheTargetColumnWhenThereIsNoTarget() {
		assertThat(ControlChart.render(control(values(9.0, 9.5, 8.8), null, null)).tableHeaders())
			.containsExactly("Period", "Value", "Mean", "Lower limit", "Upper limit", "Special cause");
	}

	@Test
	void drawsAChartWithASinglePoint() {
		Chart chart = ControlChart.render(control(values(null, null, 9.0), null, null));
		Svg svg = Svg.assertAccessible(chart);
		assertThat(svg.groups("point value")).hasSize(1);
		assertThat(svg.groups("line value")).isEmpty();
		assertThat(chart.textAlternative()).contains("The latest value is 9.0 days in Q3 2019/20.");
		assertThat(chart.tableRows()).hasSize(3);
	}

	@Test
	void saysSoWhenThereAreNoValuesToShow() {
		Chart chart = ControlChart.render(control(values(null, null, null), 8.5, null));
		Svg svg = Svg.assertAccessible(chart);
		assertThat(chart.textAlternative()).isEqualTo(
				"Control chart of Days lost to sickness per employee from Q1 2019/20 to Q3 2019/20. No values to show.");
		assertThat(chart.tableRows()).isEmpty();
		assertThat(svg.count("//g[@class]")).isZero();
		assertThat(svg.texts()).containsExactly("No values to show");
	}

	@Test
	void drawsTheSameChartTheSameWayEveryTime() {
		Chart again = ControlChart.render(ChartExamples.sicknessAbsence());
		assertThat(again.svg()).isEqualTo(this.sickness.svg());
		assertThat(again).isEqualTo(this.sickness);
	}

	@Test
	void startsEveryIdWithTheGivenPrefix() {
		Svg svg = Svg.assertAccessible(ControlChart.render(ChartExamples.sicknessAbsence(), "sickness"));
		assertThat(svg.root().getAttribute("id")).isEqualTo("sickness");
		assertThat(Svg.of(this.sickness).root().getAttribute("id")).startsWith("control-");
	}

	private static ControlChartData control(List<Double> values, Double target, Integer baseline) {
		List<Boolean> none = Arrays.asList(new Boolean[values.size()]);
		return new ControlChartData("Days lost to sickness per employee", QUARTERS.subList(5, 8), values, 9.2, 10.6,
				7.8, none, none, target, baseline, DAYS);
	}

}
