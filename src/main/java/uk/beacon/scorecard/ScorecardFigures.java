package uk.beacon.scorecard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.access.Actor;
import uk.beacon.access.Audience;
import uk.beacon.indicator.Benchmarks;
import uk.beacon.indicator.ComparatorValues;
import uk.beacon.indicator.DuePeriods;
import uk.beacon.indicator.Definitions;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorDefinitions;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.IndicatorTarget;
import uk.beacon.indicator.IndicatorTargets;
import uk.beacon.indicator.Indicators;
import uk.beacon.indicator.Measurement;
import uk.beacon.indicator.Measurements;
import uk.beacon.indicator.PerformanceEvaluator;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.Period;

/**
 * Reads a scorecard's figures for one quarter as a grid to enter and correct them in:
 * every figure due in the quarter by each indicator's frequency and arrears, and every
 * figure already reported in it. Saving goes through {@link IndicatorManagement}.
 */
@Service
@Transactional(readOnly = true)
public class ScorecardFigures {

	private final Scorecards scorecards;

	private final Indicators indicators;

	private final Measurements measurements;

	private final IndicatorTargets targets;

	private final Benchmarks benchmarks;

	private final ComparatorValues comparatorGroups;

	private final IndicatorManagement management;

	private final OrganisationUnits units;

	private final java.time.Clock clock;

	private final IndicatorDefinitions definitions;

	ScorecardFigures(Scorecards scorecards, Indicators indicators, Measurements measurements, IndicatorTargets targets,
			Benchmarks benchmarks, IndicatorManagement management, OrganisationUnits units, java.time.Clock clock,
			IndicatorDefinitions definitions, ComparatorValues comparatorGroups) {
		this.comparatorGroups = comparatorGroups;
		this.clock = clock;
		this.definitions = definitions;
		this.scorecards = scorecards;
		this.indicators = indicators;
		this.measurements = measurements;
		this.targets = targets;
		this.benchmarks = benchmarks;
		this.management = management;
		this.units = units;
	}

	/**
	 * @param audience indicators not for publication are shown only to those who may see
	 * the restricted items of their unit
	 * @param actor who is entering figures: a row is editable where they may
	 * @return the grid, empty when there is no such scorecard
	 */
	public Optional<FigureGrid> grid(long scorecardId, FinancialQuarter period, Audience audience, Actor actor) {
		return this.scorecards.findById(scorecardId).map(scorecard -> grid(scorecard, period, audience, actor));
	}

	/**
	 * The scorecard's indicators the audience may see, each once, in the scorecard's
	 * order; empty when there is no such scorecard.
	 */
	public Optional<List<Indicator>> indicatorsOf(long scorecardId, Audience audience) {
		return this.scorecards.findById(scorecardId).map(scorecard -> {
			Set<Long> ids = new LinkedHashSet<>(scorecard.indicatorIds());
			Map<Long, Indicator> byId = new LinkedHashMap<>();
			this.indicators.findAllById(ids).forEach(i -> byId.put(i.id(), i));
			return ids.stream()
				.map(byId::get)
				.filter(i -> i != null && (i.isPublic() || audience.seesRestricted(i.organisationUnitId())))
				.toList();
		});
	}

	private FigureGrid grid(Scorecard scorecard, FinancialQuarter period, Audience audience, Actor actor) {
		Set<Long> ids = new LinkedHashSet<>(scorecard.indicatorIds());
		Map<Long, Indicator> byId = new LinkedHashMap<>();
		List<Indicator> found = this.indicators.findAllById(ids);
		found.forEach(i -> byId.put(i.id(), i));
		Map<Long, Definitions> definitionsById = this.definitions.of(found);
		Map<Long, List<Measurement>> histories = this.measurements.forIndicators(ids);
		Map<Long, List<IndicatorTarget>> targetsById = this.targets.forIndicators(ids);
		List<FigureGrid.Row> rows = new ArrayList<>();
		for (long id : ids) {
			if (!byId.containsKey(id)) {
				continue;
			}
			// the indicator as it is measured in the quarter entered
			Definitions definitions = definitionsById.get(id);
			Indicator indicator = definitions.inForce(period);
			if (!(indicator.isPublic() || audience.seesRestricted(indicator.organisationUnitId()))
					|| indicator.retiredBy(period)) {
				continue;
			}
			List<Measurement> history = histories.getOrDefault(id, List.of());
			List<IndicatorTarget> targets = targetsById.getOrDefault(id, List.of());
			IndicatorTarget target = targets.stream().filter(t -> t.appliesTo(period)).findFirst().orElse(null);
			// a quarter's figures are reported once it has begun
			boolean editable = !period.start().isAfter(java.time.LocalDate.now(this.clock))
					&& this.management.mayKeep(actor, indicator);
			for (Period dataPeriod : dataPeriods(indicator, period, history)) {
				Measurement held = history.stream()
					.filter(m -> m.dataPeriod().key().equals(dataPeriod.key()))
					.findFirst()
					.orElse(null);
				Measurement previous = history.stream()
					.filter(m -> m.dataPeriod().end().isBefore(dataPeriod.start()))
					.max(Comparator.comparing((Measurement m) -> m.dataPeriod().end()))
					.orElse(null);
				rows.add(new FigureGrid.Row(indicator, dataPeriod, held, previous, target,
						(held != null && held.hasFigure()) ? PerformanceEvaluator.evaluate(definitions, held, history,
								targets, this.benchmarks.forIndicator(id), this.comparatorGroups.forIndicator(id),
								held.reportingPeriod()) : null,
						editable));
			}
		}
		return new FigureGrid(scorecard, this.units.findById(scorecard.organisationUnitId()).orElseThrow(), period,
				rows);
	}

	/**
	 * The figures due in the quarter and any already reported in it, in the order of what
	 * they measure.
	 */
	private static List<Period> dataPeriods(Indicator indicator, FinancialQuarter period, List<Measurement> history) {
		Map<String, Period> periods = new LinkedHashMap<>();
		DuePeriods.of(indicator, period, history).forEach(p -> periods.put(p.key(), p));
		history.stream()
			.filter(m -> m.reportingPeriod().equals(period))
			.forEach(m -> periods.putIfAbsent(m.dataPeriod().key(), m.dataPeriod()));
		return periods.values().stream().sorted(Comparator.comparing(Period::end)).toList();
	}

}
