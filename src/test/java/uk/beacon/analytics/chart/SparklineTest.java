package uk.beacon.analytics.chart;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SparklineTest {

	private static final DoubleFunction<String> WHOLE = v -> String.valueOf(Math.round(v));

	private static final List<String> SIX = List.of("Q3 2018/19", "Q4 2018/19", "Q1 2019/20", "Q2 2019/20",
			"Q3 2019/20", "Q4 2019/20");

	@Test
	void saysEveryValueAndTheTargetInWords() {
		Chart chart = Sparkline.render(new SparklineData("Homes", "quarters", SIX, values(12, 14, 15, 13, 16, 18),
				values(15, 15, 15, 15, 15, 15), WHOLE), "spark-1");

		assertThat(chart.textAlternative())
			.isEqualTo("Last 6 quarters, Q3 2018/19 to Q4 2019/20: 12, 14, 15, 13, 16, 18; target 15.");
		assertThat(chart.title()).isEqualTo("Homes: recent values");
		assertThat(chart.tableRows()).hasSize(6).first().isEqualTo(List.of("Q3 2018/19", "12", "15"));
	}

	@Test
	void aMissingReturnAndAChangedTargetAreSaid() {
		Chart chart = Sparkline.render(new SparklineData("Homes", "quarters", SIX, values(12, 14, null, 13, 16, 18),
				values(15, 15, null, 16, 16, 16), WHOLE), "spark-1");

		assertThat(chart.textAlternative()).isEqualTo("Last 6 quarters, Q3 2018/19 to Q4 2019/20: "
				+ "12, 14, no figure, 13, 16, 18; targets 15, 15, none, 16, 16, 16.");
	}

	@Test
	void noTargetIsSaidAndNoTargetLineDrawn() {
		Chart withTarget = Sparkline.render(
				new SparklineData("Homes", "months", SIX.subList(0, 2), values(1, 2), values(2, 2), WHOLE), "spark-1");
		Chart without = Sparkline
			.render(new SparklineData("Homes", "months", SIX.subList(0, 2), values(1, 2), null, WHOLE), "spark-1");

		assertThat(without.textAlternative()).isEqualTo("Last 2 months, Q3 2018/19 to Q4 2018/19: 1, 2; no target.");
		assertThat(dashedLines(withTarget)).isPositive();
		assertThat(dashedLines(without)).isZero();
	}

	@Test
	void oneValueAndNoneAreSaidPlainly() {
		assertThat(Sparkline
			.render(new SparklineData("Homes", "quarters", SIX.subList(0, 1), values(7), null, WHOLE), "spark-1")
			.textAlternative()).isEqualTo("Latest of the quarters, Q3 2018/19: 7; no target.");
		assertThat(Sparkline.render(new SparklineData("Homes", "quarters", List.of(), List.of(), null, WHOLE), "s")
			.textAlternative()).isEqualTo("No values reported yet.");
	}

	@Test
	void isOneSmallImageNamedAndDescribedForScreenReaders() {
		Chart chart = Sparkline.render(new SparklineData("Homes & <hostels>", "quarters", SIX,
				values(12, 14, 15, 13, 16, 18), values(15, 15, 15, 15, 15, 15), WHOLE), "spark-7");

		Svg svg = Svg.parse(chart.svg());
		Element root = svg.children().get(0).getParentNode() instanceof Element e ? e : null;
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(root.getAttribute("id")).isEqualTo("spark-7");
		assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 120 32");
		assertThat(root.getAttribute("aria-labelledby")).isEqualTo("spark-7-title spark-7-desc");
		assertThat(svg.children().get(0).getTextContent()).isEqualTo("Homes & <hostels>: recent values");
		assertThat(svg.children().get(1).getTextContent()).isEqualTo(chart.textAlternative());
		// nothing written in it: the words are all in the text alternative
		assertThat(svg.texts()).isEmpty();
		assertThat(svg.all("//*[@id]")).allSatisfy(e -> assertThat(e.getAttribute("id")).startsWith("spark-7"));
	}

	@Test
	void valuesMustMatchThePeriods() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SparklineData("Homes", "quarters", SIX, values(1, 2), null, WHOLE));
	}

	private static long dashedLines(Chart chart) {
		return Svg.parse(chart.svg())
			.all("//*[@stroke-dasharray]")
			.stream()
			.filter(e -> !"none".equals(e.getAttribute("stroke-dasharray")))
			.count();
	}

	private static List<Double> values(Integer... values) {
		return Arrays.stream(values).map(v -> (v != null) ? v.doubleValue() : null).toList();
	}

}
