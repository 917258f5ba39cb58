package uk.beacon.indicator.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.beacon.identity.CurrentViewer;
import uk.beacon.analytics.Direction;
import uk.beacon.analytics.Forecast;
import uk.beacon.analytics.SpcAnalysis;
import uk.beacon.indicator.BaselineRejected;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorAnalyses;
import uk.beacon.indicator.IndicatorAnalysis;
import uk.beacon.indicator.Indicators;
import uk.beacon.period.FinancialQuarter;

/**
 * An indicator's analysis for integrations: SPC, forecast, benchmark positions and data
 * quality.
 */
@RestController
@Tag(name = "Analysis", description = "Statistical process control and an indicator's analysis")
class IndicatorAnalysisApi {

	private final CurrentViewer viewer;

	record Spc(boolean enoughData, Double mean, Double lowerLimit, Double upperLimit, String variation,
			String assurance, String explanation, List<List<String>> specialCauses,
			@Schema(description = "per point: HIGHER or LOWER, which way its special cause points; null for common cause") List<String> directions,
			@Schema(description = "per point: IMPROVEMENT, CONCERN or NEITHER by the polarity; null for common cause") List<String> natures,
			@Schema(description = "whether the limits come from fewer points than the minimum for firm limits") boolean trialLimits,
			List<String> warnings) {
	}

	record ForecastBody(Double projected, Double target, String method, Boolean onTrackAtYearEnd, String explanation) {
	}

	@Schema(name = "BenchmarkPosition")
	record Position(String group, String groupName, String period, Integer rank, Integer of, Integer quartile,
			Integer rawQuartile, String explanation) {
	}

	record Flag(String issue, String message) {
	}

	/**
	 * How the council compares with one published benchmark or comparator group.
	 *
	 * @param group whether it is a comparator group the council keeps
	 * @param ratesTarget whether the figure's quartile target is rated by its quartile
	 */
	@Schema(name = "BenchmarkStatement")
	record Statement(String comparator, boolean group, String period, String statement, boolean ratesTarget) {
	}

	/**
	 * @param benchmarks one statement for each published benchmark and comparator group
	 */
	record Analysis(String code, String title, List<String> periods, Spc spc, ForecastBody forecast,
			List<Position> benchmarkPositions, List<Flag> dataQuality, List<Statement> benchmarks) {
	}

	private final Indicators indicators;

	private final IndicatorAnalyses analyses;

	IndicatorAnalysisApi(Indicators indicators, IndicatorAnalyses analyses, CurrentViewer viewer) {
		this.viewer = viewer;
		this.indicators = indicators;
		this.analyses = analyses;
	}

	@GetMapping("/api/v1/indicators/{code}/analysis")
	@Operation(summary = "An indicator's analysis: SPC, forecast, benchmark positions and data quality")
	ResponseEntity<Analysis> analysis(@PathVariable String code, @RequestParam Optional<FinancialQuarter> period,
			@RequestParam Optional<Integer> baseline) {
		FinancialQuarter quarter = period.orElse(null);
		// an indicator not for publication is not found by the public
		return this.indicators.findByCode(code)
			.filter(i -> i.isPublic() || this.viewer.audience().seesRestricted(i.organisationUnitId()))
			.map(i -> this.analyses.analyse(i, quarter, baseline.orElse(null)))
			.map(IndicatorAnalysisApi::body)
			.map(ResponseEntity::ok)
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND,
					"There is nothing at this address that you may see."));
	}

	@ExceptionHandler(BaselineRejected.class)
	ProblemDetail badBaseline(BaselineRejected ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("The baseline cannot be used");
		return problem;
	}

	private static Analysis body(IndicatorAnalysis a) {
		SpcAnalysis s = a.spc();
		Spc spc = new Spc(s.enoughData(), finite(s.mean()), finite(s.lowerLimit()), finite(s.upperLimit()),
				(s.variation() != null) ? s.variation().name() : null,
				(s.assurance() != null) ? s.assurance().name() : null, a.spcNote(),
				s.points().stream().map(p -> p.causes().stream().map(Enum::name).sorted().toList()).toList(),
				s.points().stream().map(p -> (p.direction() != Direction.NONE) ? p.direction().name() : null).toList(),
				s.points()
					.stream()
					.map(p -> (p.variation() != null && p.variation().nature() != null) ? p.variation().nature().name()
							: null)
					.toList(),
				s.trialLimits(), s.warnings());
		Forecast f = a.forecast();
		ForecastBody forecast = (f != null)
				? new ForecastBody(f.projected(), f.target(), f.method().name(), f.onTrackAtYearEnd(), f.explanation())
				: null;
		return new Analysis(a.indicator().code(), a.indicator().title(), a.periodLabels(), spc, forecast,
				a.positions().stream().map(IndicatorAnalysisApi::position).toList(),
				a.dataQuality().stream().map(q -> new Flag(q.issue().name(), q.message())).toList(),
				a.benchmarks()
					.stream()
					.map(b -> new Statement(b.comparator(), b.group(), b.period(), b.statement(), b.ratesTarget()))
					.toList());
	}

	private static Position position(IndicatorAnalysis.GroupPosition p) {
		var position = p.position();
		return new Position(p.groupCode(), p.groupName(), p.period(), (position != null) ? position.rank() : null,
				(position != null) ? position.of() : null, (position != null) ? position.quartile() : null,
				(position != null) ? position.rawQuartile() : null, p.explanation());
	}

	private static Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}

}
