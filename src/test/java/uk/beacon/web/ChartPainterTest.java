package uk.beacon.web;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import uk.beacon.BatikPictures;
import uk.beacon.analytics.chart.Chart;
import uk.beacon.analytics.chart.ControlChart;
import uk.beacon.analytics.chart.ControlChartData;
import uk.beacon.analytics.chart.Series;
import uk.beacon.analytics.chart.Sparkline;
import uk.beacon.analytics.chart.SparklineData;
import uk.beacon.analytics.chart.StackedBarChart;
import uk.beacon.analytics.chart.StackedBarData;
import uk.beacon.analytics.chart.TrendChart;
import uk.beacon.analytics.chart.TrendChartData;
import uk.beacon.reporting.PdfUa;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Beacon's own charts are painted into a PDF without Batik, and look as Batik draws them;
 * any other SVG is left to Batik.
 */
class ChartPainterTest {

	private static final Font FONT = font();

	// the documents' own rule: the regular face of Liberation Sans (or Arial)
	private static final ChartPainter.Fonts FONTS = new PdfDocuments()::chartFont;

	private static final List<String> QUARTERS = List.of("Q4 2017/18", "Q1 2018/19", "Q2 2018/19", "Q3 2018/19",
			"Q4 2018/19", "Q1 2019/20", "Q2 2019/20", "Q3 2019/20");

	static Stream<Chart> everyKindOfChart() {
		TrendChartData trend = new TrendChartData("Invoices paid within 30 days", QUARTERS,
				series("Invoices paid", 82.0, 84.5, null, 86.2, 87.0, 88.4, 87.9, 89.19),
				series("Target", null, 95.0, 95.0, 95.0, 95.0, 95.0, 95.0, 95.0),
				Arrays.asList(null, 90.0, 90.0, 90.0, 90.0, 90.0, 90.0, 90.0),
				Arrays.asList(null, 95.0, 95.0, 95.0, 95.0, 95.0, 95.0, 95.0),
				List.of(series("England", 85.0, 85.5, 86.0, 86.4, 86.0, 87.0, 87.5, 88.0)), (value) -> value + "%");
		List<Double> days = List.of(9.1, 8.7, 9.4, 8.9, 9.8, 9.2, 12.8, 9.5);
		ControlChartData control = new ControlChartData("Sickness absence", QUARTERS, days, 9.2, 11.0, 7.4,
				List.of(false, false, false, false, false, false, true, false),
				Arrays.asList(null, null, null, null, null, null, false, null), 9.0, 8, (value) -> value + " days");
		SparklineData spark = new SparklineData("Homes", "quarters", QUARTERS.subList(0, 6),
				List.of(12.0, 14.0, 15.0, 13.0, 16.0, 18.0), List.of(15.0, 15.0, 15.0, 15.0, 15.0, 15.0),
				(value) -> String.valueOf(Math.round(value)));
		StackedBarData bars = new StackedBarData("Indicators by status", List.of("Adults", "Children", "Place"),
				List.of(new StackedBarData.Kind("Green", "G", new Color(0, 112, 60)),
						new StackedBarData.Kind("Amber", "A", new Color(255, 221, 0)),
						new StackedBarData.Kind("Red", "R", new Color(212, 53, 28))),
				List.of(List.of(12L, 3L, 2L), List.of(8L, 5L, 4L), List.of(20L, 1L, 0L)), "indicators");
		return Stream.of(TrendChart.render(trend, "trend-1"), ControlChart.render(control, "control-1"),
				Sparkline.render(spark, "spark-1"), StackedBarChart.render(bars, "bars-1"));
	}

	@ParameterizedTest
	@MethodSource("everyKindOfChart")
	void everyKindOfChartBeaconDrawsIsPaintedWithoutBatik(Chart chart) {
		assertThat(ChartPainter.read(element(chart.svg()), FONTS)).isNotNull();
	}

	@ParameterizedTest
	@MethodSource("everyKindOfChart")
	void itsShapesLookAsBatikDrawsThem(Chart chart) {
		// the text apart: Batik here has no font of the document's to draw it in
		String shapes = chart.svg().replaceAll("<text[^>]*>[^<]*</text>", "");

		BufferedImage batik = BatikPictures.of(shapes, 1280f);
		int width = batik.getWidth();
		int height = batik.getHeight();
		BufferedImage painted = painted(shapes, width, height);

		int differing = 0;
		int inked = 0;
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				if (difference(batik.getRGB(x, y), painted.getRGB(x, y)) > 48) {
					differing++;
				}
				if (difference(batik.getRGB(x, y), 0xffffffff) > 48) {
					inked++;
				}
			}
		}
		assertThat(inked).as("what Batik drew").isGreaterThan(width * height / 100);
		assertThat(differing).as("pixels differing of %d drawn", inked).isLessThan(inked / 200);
	}

	@Test
	void aChartsTextIsWrittenInTheDocumentsFontAndThePdfStaysAccessible() throws IOException {
		Chart chart = everyKindOfChart().findFirst().orElseThrow();
		String xhtml = """
				<html lang="en"><head><title>Invoices</title></head><body>
				<h1>Invoices</h1><figure>%s</figure></body></html>"""
			.formatted(PdfDocuments.svgWithAlt(chart.svg(), chart.textAlternative()));

		byte[] pdf = new PdfDocuments().render(xhtml);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Invoices", "Q4", "2017/18", "2019/20", "England");
		}
		assertThat(PdfUa.violations(pdf)).isEmpty();
	}

	@Test
	void aChartThePagesOwnStylesReachIntoIsLeftToBatik() throws IOException {
		Chart chart = everyKindOfChart().findFirst().orElseThrow();
		String xhtml = """
				<html lang="en"><head><title>Invoices</title><style>svg text { fill: #d4351c; }</style></head>
				<body><h1>Invoices</h1><figure>%s</figure></body></html>"""
			.formatted(PdfDocuments.svgWithAlt(chart.svg(), chart.textAlternative()));

		byte[] pdf = new PdfDocuments().render(xhtml);

		// Batik draws the text as the outlines of its letters
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Invoices").doesNotContain("England");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "<image href='chart.png' width='10' height='10'/>", "<path d='M0,0 A5,5 0 0 1 10,10'/>",
			"<rect width='10' height='10' opacity='0.5'/>", "<rect width='10' height='10' fill='url(#shade)'/>",
			"<rect width='10' height='10' fill='currentColor'/>", "<rect width='10' height='10' filter='url(#f)'/>",
			"<text x='1' y='1'>a<tspan>b</tspan></text>", "<text x='1' y='1' stroke='rgb(0,0,0)'>a</text>",
			"<g transform='skewX(10)'><rect width='1' height='1'/></g>", "<rect width='10' height='10' rx='2'/>",
			"<use href='#a'/>", "<rect width='10' height='-1'/>", "<rect width='1e999' height='1'/>",
			"<rect width='10' height='10' clip-path='url(#missing)'/>" })
	void anSvgWithAnythingElseIsLeftToBatik(String content) {
		String svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 50'>" + content + "</svg>";

		assertThat(ChartPainter.read(element(svg), FONTS)).isNull();
		assertThat(ChartPainter.read(element(svg.replace(content, "<rect width='10' height='10'/>")), FONTS))
			.isNotNull();
	}

	@Test
	void aChartWhoseFontIsNotTheDocumentsIsLeftToBatik() {
		String svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 50'>"
				+ "<text x='1' y='10' font-weight='bold'>Total</text></svg>";

		assertThat(ChartPainter.read(element(svg), FONTS)).isNull();
		assertThat(ChartPainter.read(element(svg.replace(" font-weight='bold'", "")), FONTS)).isNotNull();
		assertThat(
				ChartPainter.read(element(svg.replace(" font-weight='bold'", " font-family='Comic Sans MS'")), FONTS))
			.isNull();
	}

	@Test
	void pathDataIsReadAbsoluteAndRelative() {
		assertThat(points(SvgValues.path("M10,20L30,20H40V30l-5,5h-5v-5c0,-2 2,-2 2,0Q1 2 3 4m1,1 2,2Z")))
			.containsExactly(10.0, 20.0, 30.0, 20.0, 40.0, 20.0, 40.0, 30.0, 35.0, 35.0, 30.0, 35.0, 30.0, 30.0, 30.0,
					28.0, 32.0, 28.0, 32.0, 30.0, 1.0, 2.0, 3.0, 4.0, 4.0, 5.0, 6.0, 7.0);
	}

	@Test
	void aRelativeMoveAfterACloseStartsFromWhereThePathStarted() {
		assertThat(points(SvgValues.path("M10 10 l5 0 z m1 1 l1 0"))).containsExactly(10.0, 10.0, 15.0, 10.0, 11.0,
				11.0, 12.0, 11.0);
	}

	@Test
	void aLineIsOnlyStrokedAndAShapeOfNoSizeIsNotDrawnOnThePdfsGraphics() throws IOException {
		// a zero-area fill shows as a hairline in some PDF readers
		assertThat(operators("<line x1='0' y1='5' x2='50' y2='5' stroke='rgb(0,0,0)' stroke-dasharray='4,4'/>"))
			.contains("S")
			.doesNotContain("f", "f*", "B", "B*");
		assertThat(operators("<rect x='0' y='0' width='0' height='10' stroke='rgb(0,0,0)'/>"
				+ "<circle cx='5' cy='5' r='0' fill='rgb(0,0,0)'/>"))
			.doesNotContain("S", "f", "f*", "B", "B*");
		assertThat(operators("<rect x='0' y='0' width='5' height='10' fill='rgb(0,0,0)'/>")).contains("f");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<line x2='50' y2='5' stroke='rgb(0,0,0)' stroke-dasharray='4,2' stroke-dashoffset='-3'/>",
			"<line x2='50' y2='5' stroke='rgb(0,0,0)' stroke-dasharray='1e-50'/>",
			"<text x='1' y='10' font-family=','>a</text>", "<rect width='1e39' height='1'/>",
			"<path d='M0,0L1e39,0'/>" })
	void unusualValuesNeverFailThePdf(String content) throws IOException {
		String svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 50'>" + content + "</svg>";

		ChartPainter painter = ChartPainter.read(element(svg), FONTS);

		if (painter != null) {
			assertThat(operators(content)).isNotNull();
		}
	}

	/** The PDF operators {@code content}, in a chart, paints with. */
	private static List<String> operators(String content) throws IOException {
		String svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 50'>" + content + "</svg>";
		try (PDDocument document = new PDDocument()) {
			PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, 100, 50);
			ChartPainter.read(element(svg), FONTS).paint(graphics, 100, 50);
			graphics.dispose();
			List<String> operators = new ArrayList<>();
			for (Object token : new PDFStreamParser(graphics.getXFormObject()).parse()) {
				if (token instanceof Operator operator) {
					operators.add(operator.getName());
				}
			}
			return operators;
		}
	}

	private static List<Double> points(java.awt.geom.Path2D path) {
		List<Double> points = new ArrayList<>();
		double[] at = new double[6];
		for (PathIterator segments = path.getPathIterator(null); !segments.isDone(); segments.next()) {
			int type = segments.currentSegment(at);
			int count = switch (type) {
				case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 2;
				case PathIterator.SEG_CLOSE -> 0;
				case PathIterator.SEG_QUADTO -> 4;
				case PathIterator.SEG_CUBICTO -> 6;
				default -> 0;
			};
			for (int i = 0; i < count; i++) {
				points.add(at[i]);
			}
		}
		return points;
	}

	private static BufferedImage painted(String svg, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, width, height);
		// as Batik's renderer starts
		graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		ChartPainter.read(element(svg), FONTS).paint(graphics, width, height);
		graphics.dispose();
		return image;
	}

	private static int difference(int a, int b) {
		int largest = 0;
		for (int shift = 0; shift < 24; shift += 8) {
			largest = Math.max(largest, Math.abs(((a >> shift) & 255) - ((b >> shift) & 255)));
		}
		return largest;
	}

	private static Element element(String svg) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))).getDocumentElement();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Series series(String name, Double... values) {
		return new Series(name, Arrays.asList(values));
	}

	private static Font font() {
		try {
			return Font.createFont(Font.TRUETYPE_FONT,
					new ByteArrayInputStream(PdfDocuments.font("LiberationSans-Regular.ttf")));
		}
		catch (IOException | FontFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
