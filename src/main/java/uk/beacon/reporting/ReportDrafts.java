package uk.beacon.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.indicator.Benchmark;
import uk.beacon.indicator.IndicatorAnalyses;
import uk.beacon.indicator.IndicatorPerformances;
import uk.beacon.indicator.Performance;
import uk.beacon.indicator.Status;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.scorecard.ScorecardView;
import uk.beacon.scorecard.ScorecardViews;

/**
 * Drafts a cabinet report from the data as they stand: the scorecard's statuses as the
 * scorecard page computes them, movement from the quarter before, an exception report for
 * each red indicator and the corporate risk profile at the quarter's end.
 */
@Service
@Transactional(readOnly = true)
public class ReportDrafts {

	private final ScorecardViews views;

	private final IndicatorPerformances performances;

	private final IndicatorAnalyses analyses;

	private final CorporateRisks risks;

	private final OrganisationUnits units;

	private final Narratives narratives;

	private final PublishedReports published;

	private final AreaRisks areas;

	ReportDrafts(ScorecardViews views, IndicatorPerformances performances, IndicatorAnalyses analyses,
			CorporateRisks risks, AreaRisks areas, OrganisationUnits units, Narratives narratives,
			PublishedReports published) {
		this.areas = areas;
		this.published = published;
		this.views = views;
		this.performances = performances;
		this.analyses = analyses;
		this.risks = risks;
		this.units = units;
		this.narratives = narratives;
	}

	/**
	 * @param period the quarter, empty for the scorecard's current one
	 * @return the draft with the officers' edited narrative if there is one, else the
	 * narrative drafted from the data; empty when there is no such scorecard
	 */
	public Optional<CabinetReport> draft(long scorecardId, Optional<FinancialQuarter> period) {
		return this.views.view(scorecardId, period).map(view -> {
			CabinetReport report = fromData(view, true);
			return report.withNarrative(this.narratives.find(scorecardId, view.period().key())
				.map(Narratives.Saved::text)
				.orElseGet(() -> NarrativeDraft.of(report)));
		});
	}

	/**
	 * @return the narrative Beacon drafts from the data, ignoring any officer's edit
	 */
	public Optional<String> draftedNarrative(long scorecardId, Optional<FinancialQuarter> period) {
		return this.views.view(scorecardId, period).map(view -> NarrativeDraft.of(fromData(view, false)));
	}

	/**
	 * @return what differs between a published report and the same report drafted from
	 * the data as they stand now
	 */
	public List<DataChange> changesSince(long scorecardId, FinancialQuarter period, CabinetReport published) {
		// the draft as it would be published now, narrative and all
		return draft(scorecardId, Optional.of(period)).map(now -> ReportChanges.between(published, now))
			.orElse(List.of());
	}

	private CabinetReport fromData(ScorecardView view, boolean withExceptions) {
		FinancialQuarter period = view.period();
		Map<String, Previous> before = previousStatuses(view);
		List<IndicatorLine> lines = new ArrayList<>();
		Map<Long, Performance> red = new LinkedHashMap<>();
		Map<Long, IndicatorLine> lineById = new LinkedHashMap<>();
		for (ScorecardView.Section section : view.sections()) {
			for (Performance p : section.rows()) {
				Previous previous = before.getOrDefault(p.indicator().code(), Previous.NONE);
				IndicatorLine line = IndicatorLines.of(section.title(), p, previous.assessed(), previous.rule());
				lines.add(line);
				lineById.putIfAbsent(p.indicator().id(), line);
				if (p.assessed() == Status.RED) {
					red.putIfAbsent(p.indicator().id(), p);
				}
			}
		}
		List<ExceptionReport> exceptions = new ArrayList<>();
		if (withExceptions) {
			red.forEach((id, p) -> exceptions.add(exception(lineById.get(id), p, period)));
		}
		long councilId = this.units.councilOf(view.organisationUnit().id()).id();
		String council = this.units.councilOf(view.organisationUnit().id()).name();
		return new CabinetReport(view.scorecard().id(), view.scorecard().name(), view.organisationUnit().name(),
				council, period.label(), period.previous().label(), summary(view, lineById.values()), lines, exceptions,
				this.risks.section(councilId, period).withAreas(this.areas.section(councilId, period)),
				this.risks.restricted(councilId, period), null);
	}

	/**
	 * The statuses "the last report" gave, assessed and rule, so that each is compared
	 * with its like: the report published for the quarter before (its latest version), as
	 * it was frozen, if there is one; otherwise the quarter before as the data say now. A
	 * report published before Beacon kept the rule's previous status still gives the rule
	 * status it printed.
	 */
	private Map<String, Previous> previousStatuses(ScorecardView view) {
		FinancialQuarter previous = view.period().previous();
		Map<String, Previous> statuses = new java.util.HashMap<>();
		Optional<PublishedReport> published = this.published.latest(view.scorecard().id(), previous.key());
		if (published.isPresent()) {
			this.published.content(published.get())
				.indicators()
				.forEach(line -> statuses.putIfAbsent(line.code(), new Previous(Status.valueOf(line.status()),
						(line.ruleStatus() != null) ? Status.valueOf(line.ruleStatus()) : null)));
			return statuses;
		}
		this.performances.at(view.scorecard().indicatorIds(), previous)
			.values()
			.stream()
			.filter(p -> p.measurement() != null)
			.forEach(p -> statuses.put(p.indicator().code(), new Previous(p.assessed(), p.rule().status())));
		return statuses;
	}

	/** An indicator's statuses at the last report: assessed, and the rule's. */
	private record Previous(Status assessed, Status rule) {

		static final Previous NONE = new Previous(Status.NO_DATA, Status.NO_DATA);

	}

	private static Summary summary(ScorecardView view, java.util.Collection<IndicatorLine> distinct) {
		List<Summary.StatusCount> counts = view.assessedCounts()
			.entrySet()
			.stream()
			.map(e -> new Summary.StatusCount(e.getKey().name(), e.getKey().label(), e.getValue()))
			.toList();
		List<Summary.Movement> movements = distinct.stream()
			.filter(IndicatorLine::moved)
			.map(l -> new Summary.Movement(l.code(), l.title(), l.section(), l.previousStatus(), l.status(), l.value(),
					l.target(), l.previousRuleStatus(), l.ruleStatus()))
			.toList();
		return new Summary(view.total(), counts, view.updatedThisPeriod(), view.statusesDiffering(), movements);
	}

	private ExceptionReport exception(IndicatorLine line, Performance p, FinancialQuarter period) {
		var analysis = this.analyses.analyse(p.indicator(), period, null);
		List<String> comparators = p.benchmarks()
			.stream()
			.filter(b -> b.value() != null)
			.map(b -> comparator(p, b))
			.toList();
		return new ExceptionReport(line, p.indicator().ownerName(), comparators, ReportChart.of(analysis.trendChart()));
	}

	private static String comparator(Performance p, Benchmark b) {
		String text = b.comparator().label() + ": " + p.indicator().format(b.value()) + " (" + b.dataPeriod().label()
				+ ")";
		if (b.rank() != null && b.rankOf() != null) {
			text += ", ranked " + b.rank() + " of " + b.rankOf();
		}
		return text;
	}

}
