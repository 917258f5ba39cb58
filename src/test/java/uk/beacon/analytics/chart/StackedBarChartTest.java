package uk.beacon.analytics.chart;

import java.awt.Color;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StackedBarChartTest {

	private static final List<StackedBarData.Kind> KINDS = List.of(
			new StackedBarData.Kind("Green", "G", new Color(0x4fa36f)),
			new StackedBarData.Kind("Amber", "A", new Color(0xffbf47)),
			new StackedBarData.Kind("Red", "R", new Color(0xe8705a)));

	@Test
	void saysEachBarsCountsInWordsAndTabulatesThem() {
		Chart chart = StackedBarChart.render(new StackedBarData("By directorate", List.of("Adults", "Children"), KINDS,
				List.of(List.of(12L, 3L, 0L), List.of(0L, 0L, 0L)), "indicators"), "bars");

		assertThat(chart.textAlternative()).isEqualTo(
				"Bar chart of indicators, each bar split into Green, Amber and Red. Adults: 12 Green and 3 Amber."
						+ " Children: none.");
		assertThat(chart.tableHeaders()).containsExactly("", "Green", "Amber", "Red");
		assertThat(chart.tableRows()).containsExactly(List.of("Adults", "12", "3", "0"),
				List.of("Children", "0", "0", "0"));
	}

	@Test
	void namesEachColourInTheKeyAndMarksEachPartWithRoomForIt() {
		Chart chart = StackedBarChart.render(new StackedBarData("By directorate", List.of("Adults", "Children"), KINDS,
				List.of(List.of(20L, 10L, 1L), List.of(5L, 0L, 15L)), "indicators"), "bars");

		List<String> texts = Svg.parse(chart.svg()).texts();
		assertThat(texts).contains("Green (G)", "Amber (A)", "Red (R)", "Adults", "Children");
		assertThat(texts).contains("G 20", "A 10", "G 5", "R 15");
		// a part of 1 in a bar of 31 has no room for its mark: the table has it
		assertThat(texts).doesNotContain("R 1");
	}

	@Test
	void isOneImageNamedAndDescribedThatGrowsWithItsBars() {
		Chart two = StackedBarChart.render(new StackedBarData("By directorate", List.of("A", "B"), KINDS,
				List.of(List.of(1L, 2L, 3L), List.of(3L, 2L, 1L)), "indicators"), "bars-2");
		Chart four = StackedBarChart.render(new StackedBarData("By directorate", List.of("A", "B", "C", "D"), KINDS,
				List.of(List.of(1L, 2L, 3L), List.of(3L, 2L, 1L), List.of(1L, 1L, 1L), List.of(0L, 0L, 9L)),
				"indicators"), "bars-4");

		Element root = (Element) Svg.parse(two.svg()).children().get(0).getParentNode();
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(root.getAttribute("aria-labelledby")).isEqualTo("bars-2-title bars-2-desc");
		assertThat(height(four)).isGreaterThan(height(two));
	}

	@Test
	void everyBarNeedsACountOfEveryKind() {
		assertThatIllegalArgumentException().isThrownBy(() -> new StackedBarData("By directorate", List.of("A"), KINDS,
				List.of(List.of(1L, 2L)), "indicators"));
		assertThatIllegalArgumentException().isThrownBy(() -> new StackedBarData("By directorate", List.of("A"), KINDS,
				List.of(List.of(1L, 2L, -1L)), "indicators"));
	}

	private static int height(Chart chart) {
		Element root = (Element) Svg.parse(chart.svg()).children().get(0).getParentNode();
		return Integer.parseInt(root.getAttribute("viewBox").split(" ")[3]);
	}

}
