package uk.beacon.scorecard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.access.Audience;
import uk.beacon.indicator.IndicatorPerformances;
import uk.beacon.indicator.Performance;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;

/**
 * Builds a scorecard as it stood in a reporting period.
 */
@Service
@Transactional(readOnly = true)
public class ScorecardViews {

	private final Scorecards scorecards;

	private final OrganisationUnits units;

	private final IndicatorPerformances performances;

	private final java.time.Clock clock;

	ScorecardViews(Scorecards scorecards, OrganisationUnits units, IndicatorPerformances performances,
			java.time.Clock clock) {
		this.clock = clock;
		this.scorecards = scorecards;
		this.units = units;
		this.performances = performances;
	}

	/**
	 * A scorecard as it stood in a quarter, for the public: indicators not for
	 * publication are left out.
	 */
	public Optional<ScorecardView> view(long scorecardId, Optional<FinancialQuarter> period) {
		return view(scorecardId, period, Audience.PUBLIC);
	}

	/**
	 * A scorecard as it stood in a quarter.
	 * @param audience who is looking: indicators not for publication are shown only to
	 * those who may see the restricted items of their unit, never to the public
	 * @param period the quarter to look at; empty for the scorecard's current quarter, or
	 * else the latest with figures
	 * @return the view, empty when there is no such scorecard
	 */
	public Optional<ScorecardView> view(long scorecardId, Optional<FinancialQuarter> period, Audience audience) {
		return this.scorecards.findById(scorecardId).map(scorecard -> view(scorecard, period, audience));
	}

	private ScorecardView view(Scorecard scorecard, Optional<FinancialQuarter> requested, Audience audience) {
		List<Long> ids = scorecard.indicatorIds();
		List<FinancialQuarter> periods = this.performances.reportingPeriods(ids);
		FinancialQuarter period = requested.or(() -> Optional.ofNullable(scorecard.currentPeriod()))
			.or(() -> periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(periods.size() - 1)))
			.orElseGet(() -> FinancialQuarter.containing(java.time.LocalDate.now(this.clock)));
		Map<Long, Performance> byId = this.performances.at(ids, period);
		List<ScorecardView.Section> sections = new ArrayList<>();
		for (ScorecardSection section : scorecard.sections()) {
			sections.add(new ScorecardView.Section(section.title(), section.kind(), section.indicatorIds()
				.stream()
				.map(byId::get)
				.filter(p -> p.indicator().isPublic() || audience.seesRestricted(p.indicator().organisationUnitId()))
				// a retired indicator stays on the quarters before it was retired
				.filter(p -> !p.indicator().retiredBy(period))
				.toList()));
		}
		OrganisationUnit unit = this.units.findById(scorecard.organisationUnitId()).orElseThrow();
		return new ScorecardView(scorecard, unit, period, periods, sections);
	}

	public List<Scorecard> all() {
		return this.scorecards.findAll();
	}

}
