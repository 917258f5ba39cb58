package uk.beacon.analytics.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes sample charts to {@code target/} to look at in a browser: checking by eye that
 * they read well is part of changing how charts are drawn.
 */
class SampleChartsTest {

	@Test
	void writesSampleChartsToLookAt() throws IOException {
		Path trend = write("sample-trend.svg", TrendChart.render(ChartExamples.invoicesPaidOnTime()));
		Path control = write("sample-control.svg", ControlChart.render(ChartExamples.sicknessAbsence()));
		Path single = write("sample-trend-single.svg", TrendChart.render(ChartExamples.valuesOnly(84.0)));
		Path empty = write("sample-trend-empty.svg", TrendChart.render(ChartExamples.valuesOnly(null, null)));
		Path many = write("sample-trend-many.svg", TrendChart.render(ChartExamples.monthlyForFiveYears()));
		assertThat(List.of(trend, control, single, empty, many))
			.allSatisfy((file) -> assertThat(file).isNotEmptyFile());
	}

	private static Path write(String name, Chart chart) throws IOException {
		Path file = Path.of("target", name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, chart.svg(), StandardCharsets.UTF_8);
	}

}
