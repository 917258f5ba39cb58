package uk.beacon.analytics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.beacon.analytics.Direction;
import uk.beacon.analytics.Improvement;
import uk.beacon.analytics.Spc;
import uk.beacon.analytics.SpcAnalysis;
import uk.beacon.analytics.SpcLimitChoices;
import uk.beacon.analytics.SpcPoint;
import uk.beacon.analytics.SpcSegment;
import uk.beacon.analytics.SpcSettings;
import uk.beacon.analytics.VariationIcon;

/**
 * Statistical process control of any series, for integrations and spreadsheets that want
 * the same answer Beacon's pages give. The rules are in {@code docs/spc.md}.
 */
@RestController
@Tag(name = "Analysis", description = "Statistical process control and an indicator's analysis")
class SpcApi {

	record SpcRequest(@Schema(description = "the series in time order, oldest first, without gaps") List<Double> values,
			@Schema(description = "HIGHER_IS_BETTER, LOWER_IS_BETTER, WITHIN_RANGE or NO_POLARITY (the last two have no better direction)") String polarity,
			@Schema(description = "optional target, for the assurance icon") Double target,
			@Schema(description = "optional: fix the first limits from the first this-many points (at least 2)") Integer baseline,
			@Schema(description = "optional: point counts after which the limits are recalculated, e.g. [24, 36] for new limits from the 25th and the 37th points; each stretch needs at least 2 points") List<Integer> recalculateAfter,
			@Schema(description = "optional: points in a row on one side of the mean for a run (default 7)") Integer runLength,
			@Schema(description = "optional: points in a row rising or falling for a trend (default 7)") Integer trendLength,
			@Schema(description = "optional: fewest points for firm limits (default 13); limits from fewer are trial limits, with a warning") Integer minimumPoints,
			@Schema(description = "optional: leave moving ranges above 3.267 times their average out of the limits (default false, as the Making Data Count Excel tools)") Boolean screenMovingRanges) {
	}

	record Point(int index, double value, Double movingRange, Double mean, Double lowerLimit, Double upperLimit,
			List<String> specialCauses, boolean inBaseline,
			@Schema(description = "HIGHER or LOWER: which way the point's special cause points; null for common cause") String direction,
			@Schema(description = "IMPROVEMENT, CONCERN or NEITHER by the polarity; null for common cause") String nature,
			@Schema(description = "the variation icon the point would have as the latest") String variation,
			@Schema(description = "which stretch of limits it is read against, from 0") int segment,
			@Schema(description = "whether its moving range was screened out of the limits") boolean movingRangeScreenedOut) {
	}

	record Segment(int firstIndex, int lastIndex, int limitPoints, double mean, double averageMovingRange,
			double lowerLimit, double upperLimit, boolean trialLimits, List<Integer> screenedOut) {
	}

	record SpcResponse(boolean enoughData, Double mean, Double averageMovingRange, Double lowerLimit, Double upperLimit,
			int baselinePoints, String variation, String variationLabel, String assurance, String assuranceLabel,
			String explanation, List<Point> points, boolean trialLimits, int minimumPoints, boolean screenMovingRanges,
			List<String> warnings, List<Segment> segments) {
	}

	private final SpcSettings defaults;

	SpcApi(@Value("${beacon.spc.run-length:7}") int runLength, @Value("${beacon.spc.trend-length:7}") int trendLength,
			@Value("${beacon.spc.minimum-points:13}") int minimumPoints,
			@Value("${beacon.spc.screen-moving-ranges:false}") boolean screen) {
		this.defaults = new SpcSettings(runLength, trendLength, minimumPoints, screen);
	}

	@PostMapping("/api/v1/analytics/spc")
	@Operation(summary = "Statistical process control of any series: mean, limits, special causes and assurance",
			description = "An XmR chart as NHS England's Making Data Count draws it, with optional baseline, recalculation points, moving-range screening and minimum points. A bad choice is refused with 400 and the reason.")
	SpcResponse spc(@RequestBody SpcRequest request) {
		if (request == null || request.values() == null) {
			throw new IllegalArgumentException("Give the values to analyse, oldest first, as \"values\": [ … ].");
		}
		SpcSettings settings = new SpcSettings(or(request.runLength(), this.defaults.runLength()),
				or(request.trendLength(), this.defaults.trendLength()),
				or(request.minimumPoints(), this.defaults.minimumPoints()), (request.screenMovingRanges() != null)
						? request.screenMovingRanges() : this.defaults.screenMovingRanges());
		SpcAnalysis a = Spc.analyse(request.values(), improvement(request.polarity()), request.target(),
				new SpcLimitChoices(request.baseline(), request.recalculateAfter()), settings);
		return new SpcResponse(a.enoughData(), finite(a.mean()), finite(a.averageMovingRange()), finite(a.lowerLimit()),
				finite(a.upperLimit()), a.baselinePoints(), (a.variation() != null) ? a.variation().name() : null,
				(a.variation() != null) ? a.variation().label() : null,
				(a.assurance() != null) ? a.assurance().name() : null,
				(a.assurance() != null) ? a.assurance().label() : null, a.explanation(),
				a.points().stream().map(SpcApi::point).toList(), a.trialLimits(), settings.minimumPoints(),
				settings.screenMovingRanges(), a.warnings(), a.segments().stream().map(SpcApi::segment).toList());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("The series cannot be analysed");
		return problem;
	}

	private static Point point(SpcPoint p) {
		VariationIcon variation = p.variation();
		return new Point(p.index(), p.value(), p.movingRange(), finite(p.mean()), finite(p.lowerLimit()),
				finite(p.upperLimit()), p.causes().stream().map(Enum::name).sorted().toList(), p.inBaseline(),
				(p.direction() != Direction.NONE) ? p.direction().name() : null,
				(variation != null && variation.nature() != null) ? variation.nature().name() : null,
				(variation != null) ? variation.name() : null, p.segment(), p.movingRangeScreenedOut());
	}

	private static Segment segment(SpcSegment s) {
		return new Segment(s.firstIndex(), s.lastIndex(), s.limitPoints(), s.mean(), s.averageMovingRange(),
				s.lowerLimit(), s.upperLimit(), s.trialLimits(), s.screenedOut());
	}

	private static int or(Integer chosen, int otherwise) {
		return (chosen != null) ? chosen : otherwise;
	}

	private static Improvement improvement(String polarity) {
		if (polarity == null) {
			throw new IllegalArgumentException(
					"Give the polarity: HIGHER_IS_BETTER, LOWER_IS_BETTER, WITHIN_RANGE or NO_POLARITY.");
		}
		return switch (polarity.trim().toUpperCase(Locale.ROOT)) {
			case "HIGHER_IS_BETTER" -> Improvement.UP;
			case "LOWER_IS_BETTER" -> Improvement.DOWN;
			case "WITHIN_RANGE", "NO_POLARITY" -> Improvement.NEITHER;
			default -> throw new IllegalArgumentException("\"" + polarity
					+ "\" is not a polarity; use HIGHER_IS_BETTER, LOWER_IS_BETTER, WITHIN_RANGE or NO_POLARITY.");
		};
	}

	private static Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}

}
