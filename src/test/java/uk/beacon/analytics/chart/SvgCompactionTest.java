package uk.beacon.analytics.chart;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import uk.beacon.BatikPictures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compacting a chart's SVG leaves what it draws as it was: each chart drawn by Batik (as
 * the PDF draws it) from JFreeSVG's SVG and from the compacted one, pixel by pixel.
 */
class SvgCompactionTest {

	private static final List<Double> SIX = List.of(12.0, 14.0, 15.0, 13.0, 16.0, 18.0);

	@Test
	void everyKindOfChartDrawsTheSameInAThirdToAHalfOfTheMarkup() {
		List<Supplier<Chart>> charts = List.of(() -> TrendChart.render(ChartExamples.invoicesPaidOnTime()),
				() -> TrendChart.render(ChartExamples.monthlyForFiveYears()),
				() -> TrendChart.render(ChartExamples.valuesOnly(84.0)),
				() -> TrendChart.render(ChartExamples.valuesOnly(null, null)),
				() -> ControlChart.render(ChartExamples.sicknessAbsence()),
				() -> Sparkline.render(
						new SparklineData("Homes", "quarters", ChartExamples.QUARTERS.subList(0, 6), SIX,
								List.of(15.0, 15.0, 15.0, 16.0, 16.0, 16.0), (v) -> String.valueOf(Math.round(v))),
						"spark-1"),
				() -> StackedBarChart.render(new StackedBarData("By directorate", List.of("Adults", "Children"),
						List.of(new StackedBarData.Kind("Green", "G", new Color(0x4fa36f)),
								new StackedBarData.Kind("Amber", "A", new Color(0xffbf47)),
								new StackedBarData.Kind("Red", "R", new Color(0xe8705a))),
						List.of(List.of(20L, 10L, 1L), List.of(5L, 0L, 15L)), "indicators"), "bars"));
		int drawnLength = 0;
		int compactedLength = 0;
		for (Supplier<Chart> chart : charts) {
			Chart drawn = SvgDocument.asDrawn(chart);
			Chart compacted = chart.get();
			assertThat(compacted.svg().length()).as(drawn.title()).isLessThan(drawn.svg().length());
			drawnLength += drawn.svg().length();
			compactedLength += compacted.svg().length();
			assertThat(compacted.textAlternative()).isEqualTo(drawn.textAlternative());
			Svg.parse(compacted.svg());
			BufferedImage before = BatikPictures.of(drawn.svg(), 1280f);
			BufferedImage after = BatikPictures.of(compacted.svg(), 1280f);
			// edges may be anti-aliased a shade differently; nothing more
			assertThat(differing(before, after)).as(drawn.title())
				.isLessThanOrEqualTo(before.getWidth() * before.getHeight() / 2000);
		}
		assertThat(compactedLength).isLessThan(drawnLength * 2 / 3);
	}

	@Test
	void aMarkerFilledThenOutlinedIsOneElementAndClipsAreSharedByGroups() {
		String compacted = SvgCompaction
			.compact("<defs><clipPath id='c-0'><path d='M0,0L10,0L10,10Z'/></clipPath></defs>"
					+ "<g fill='rgb(1,2,3)' stroke='none' clip-path='url(#c-0)'><path d='M1,1L2,2Z'/></g>"
					+ "<g stroke-width='1.0' stroke='rgb(255,255,255)' stroke-opacity='1.0' fill='none'"
					+ " clip-path='url(#c-0)'><path d='M1,1L2,2Z'/></g>"
					+ "<line x1='0' y1='0' x2='5' y2='5' stroke='rgb(1,1,1)' stroke-miterlimit='10'"
					+ " clip-path='url(#c-0)'/><text x='1' y='2' fill='rgb(0,0,0)' clip-path='url(#c-1)'>A &amp; B</text></svg>");

		assertThat(compacted).isEqualTo("<defs><clipPath id='c-0'><path d='M0,0L10,0L10,10Z'/></clipPath></defs>"
				+ "<g clip-path='url(#c-0)'><path d='M1,1L2,2Z' fill='rgb(1,2,3)' stroke='rgb(255,255,255)'/>"
				+ "<line x1='0' y1='0' x2='5' y2='5' stroke='rgb(1,1,1)'/></g>"
				+ "<text x='1' y='2' fill='rgb(0,0,0)' clip-path='url(#c-1)'>A &amp; B</text></svg>");
	}

	@Test
	void aClipStaysOnAnElementWithATransformOfItsOwn() {
		String svg = "<g fill='red' clip-path='url(#c-0)'><text transform='rotate(90)'>A</text></g>"
				+ "<rect x='1' y='1' width='2' height='2' clip-path='url(#c-0)'/></svg>";

		// the group's clip, in the group's (untransformed) space, moves to the group
		// around both; the text keeps its own transform inside a group with its fill
		assertThat(SvgCompaction.compact(svg)).isEqualTo("<g clip-path='url(#c-0)'><g fill='red'>"
				+ "<text transform='rotate(90)'>A</text></g><rect x='1' y='1' width='2' height='2'/></g></svg>");
		assertThat(SvgCompaction.compact("<text transform='rotate(90)' clip-path='url(#c-0)'>A</text>"
				+ "<text transform='rotate(90)' clip-path='url(#c-0)'>B</text></svg>"))
			.isEqualTo("<text transform='rotate(90)' clip-path='url(#c-0)'>A</text>"
					+ "<text transform='rotate(90)' clip-path='url(#c-0)'>B</text></svg>");
	}

	/** Pixels whose red, green or blue differs by more than 16 levels. */
	private static int differing(BufferedImage one, BufferedImage other) {
		assertThat(other.getWidth()).isEqualTo(one.getWidth());
		assertThat(other.getHeight()).isEqualTo(one.getHeight());
		int differing = 0;
		for (int y = 0; y < one.getHeight(); y++) {
			for (int x = 0; x < one.getWidth(); x++) {
				int a = one.getRGB(x, y);
				int b = other.getRGB(x, y);
				for (int shift = 0; shift <= 16; shift += 8) {
					if (Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)) > 16) {
						differing++;
						break;
					}
				}
			}
		}
		return differing;
	}

}
