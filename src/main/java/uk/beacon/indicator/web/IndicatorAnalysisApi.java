package uk.beacon.indicator.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import uk.beacon.analytics.Forecast;
import uk.beacon.analytics.SpcAnalysis;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorAnalyses;
import uk.beacon.indicator.IndicatorAnalysis;
import uk.beacon.indicator.Indicators;

/**
 * An indicator's analysis for integrations: SPC, forecast, benchmark positions and data
 * quality.
 */
@RestController
class IndicatorAnalysisApi {

	record Spc(boolean enoughData, Double mean, Double lowerLimit, Double upperLimit, String variation,
			String assurance, String explanation, List<List<String>> specialCauses) {
	}

	record ForecastBody(Double projected, Double target, String method, Boolean onTrackAtYearEnd, String explanation) {
	}

	record Position(String group, String groupName, String period, int rank, int of, int quartile, int rawQuartile,
			String explanation) {
	}

	record Flag(String issue, int index, String message) {
	}

	record Analysis(String code, String title, List<String> periods, Spc spc, ForecastBody forecast,
			List<Position> benchmarkPositions, List<Flag> dataQuality) {
	}

	private final Indicators indicators;

	private final IndicatorAnalyses analyses;

	IndicatorAnalysisApi(Indicators indicators, IndicatorAnalyses analyses) {
		this.indicators = indicators;
		this.analyses = analyses;
	}

	@GetMapping("/api/v1/indicators/{code}/analysis")
	ResponseEntity<Analysis> analysis(@PathVariable String code) {
		// every reader is the public until sign-in exists
		return this.indicators.findByCode(code)
			.filter(Indicator::isPublic)
			.map(this.analyses::analyse)
			.map(IndicatorAnalysisApi::body)
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	private static Analysis body(IndicatorAnalysis a) {
		SpcAnalysis s = a.spc();
		Spc spc = new Spc(s.enoughData(), finite(s.mean()), finite(s.lowerLimit()), finite(s.upperLimit()),
				(s.variation() != null) ? s.variation().name() : null,
				(s.assurance() != null) ? s.assurance().name() : null, s.explanation(),
				s.points().stream().map(p -> p.causes().stream().map(Enum::name).sorted().toList()).toList());
		Forecast f = a.forecast();
		ForecastBody forecast = (f != null)
				? new ForecastBody(f.projected(), f.target(), f.method().name(), f.onTrackAtYearEnd(), f.explanation())
				: null;
		return new Analysis(a.indicator().code(), a.indicator().title(), a.periodLabels(), spc, forecast, a.positions()
			.stream()
			.map(p -> new Position(p.groupCode(), p.groupName(), p.period(), p.position().rank(), p.position().of(),
					p.position().quartile(), p.position().rawQuartile(), p.position().explanation()))
			.toList(), a.dataQuality().stream().map(q -> new Flag(q.issue().name(), q.index(), q.message())).toList());
	}

	private static Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}

}
