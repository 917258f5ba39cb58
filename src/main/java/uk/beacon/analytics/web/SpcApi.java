package uk.beacon.analytics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.beacon.analytics.Improvement;
import uk.beacon.analytics.Spc;
import uk.beacon.analytics.SpcAnalysis;
import uk.beacon.analytics.SpcSettings;

/**
 * Statistical process control of any series, for integrations and spreadsheets that want
 * the same answer Beacon's pages give.
 */
@RestController
@Tag(name = "Analysis", description = "Statistical process control and an indicator's analysis")
class SpcApi {

	/**
	 * @param values the series in time order, without gaps
	 * @param polarity {@code HIGHER_IS_BETTER}, {@code LOWER_IS_BETTER},
	 * {@code WITHIN_RANGE} or {@code NO_POLARITY} (the last two have no direction of
	 * improvement)
	 * @param target optional
	 * @param baseline optional: fix the limits from the first this-many points
	 * @param runLength optional (default 7)
	 * @param trendLength optional (default 7)
	 */
	record SpcRequest(List<Double> values, String polarity, Double target, Integer baseline, Integer runLength,
			Integer trendLength) {
	}

	record Point(int index, double value, Double movingRange, Double mean, Double lowerLimit, Double upperLimit,
			List<String> specialCauses, boolean inBaseline) {
	}

	record SpcResponse(boolean enoughData, Double mean, Double averageMovingRange, Double lowerLimit, Double upperLimit,
			int baselinePoints, String variation, String variationLabel, String assurance, String assuranceLabel,
			String explanation, List<Point> points) {
	}

	private final int runLength;

	private final int trendLength;

	SpcApi(@org.springframework.beans.factory.annotation.Value("${beacon.spc.run-length:7}") int runLength,
			@org.springframework.beans.factory.annotation.Value("${beacon.spc.trend-length:7}") int trendLength) {
		this.runLength = runLength;
		this.trendLength = trendLength;
	}

	@PostMapping("/api/v1/analytics/spc")
	@Operation(summary = "Statistical process control of any series: mean, limits, special causes and assurance")
	SpcResponse spc(@RequestBody SpcRequest request) {
		if (request.values() == null) {
			throw new IllegalArgumentException("Give the values to analyse, oldest first, as \"values\": [ … ].");
		}
		SpcSettings standard = SpcSettings.standard();
		SpcSettings settings = new SpcSettings((request.runLength() != null) ? request.runLength() : this.runLength,
				(request.trendLength() != null) ? request.trendLength() : this.trendLength, standard.minimumPoints());
		SpcAnalysis a = Spc.analyse(request.values(), improvement(request.polarity()), request.target(),
				request.baseline(), settings);
		List<Point> points = a.points()
			.stream()
			.map(p -> new Point(p.index(), p.value(), p.movingRange(), finite(p.mean()), finite(p.lowerLimit()),
					finite(p.upperLimit()), p.causes().stream().map(Enum::name).sorted().toList(), p.inBaseline()))
			.toList();
		return new SpcResponse(a.enoughData(), finite(a.mean()), finite(a.averageMovingRange()), finite(a.lowerLimit()),
				finite(a.upperLimit()), a.baselinePoints(), (a.variation() != null) ? a.variation().name() : null,
				(a.variation() != null) ? a.variation().label() : null,
				(a.assurance() != null) ? a.assurance().name() : null,
				(a.assurance() != null) ? a.assurance().label() : null, a.explanation(), points);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("The series cannot be analysed");
		return problem;
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
