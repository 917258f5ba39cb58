package uk.beacon.dashboard.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import uk.beacon.access.Audience;
import uk.beacon.analytics.chart.Chart;
import uk.beacon.dashboard.DashboardFilter;
import uk.beacon.dashboard.DashboardViews;
import uk.beacon.dashboard.UnitDashboard;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.risk.RiskFilter;
import uk.beacon.risk.RiskSummary;
import uk.beacon.risk.RiskViews;
import uk.beacon.web.RenderedPages;

/**
 * What every page of a dashboard's list of indicators and its PDF show alike: the unit's
 * indicators evaluated, counted and filtered, the chart of the units below, the table by
 * objective and the risks above appetite. Each page of a list is kept under its own
 * address, so after a change the reader of a council's page 7 would otherwise pay for the
 * whole council's working-out (by status, unit and objective over 2,000 indicators, and
 * the whole risk register) to show a hundred of its lines. It is kept as the pages are
 * ({@link RenderedPages#shared}): for one version of the data, one day and one audience,
 * under the unit, the quarter shown and the filter.
 */
@Component
class DashboardSummaries {

	private final DashboardViews views;

	private final RenderedPages pages;

	private final RiskViews risks;

	private final OrganisationUnits units;

	DashboardSummaries(DashboardViews views, RenderedPages pages, RiskViews risks, OrganisationUnits units) {
		this.views = views;
		this.pages = pages;
		this.risks = risks;
		this.units = units;
	}

	/**
	 * The summary of the unit's dashboard, kept or worked out.
	 * @param requested the quarter asked for; none for the latest, which shares the
	 * summary of the same quarter named
	 * @return the summary, or nothing when there is no such unit
	 */
	Optional<Summary> of(String unitCode, Optional<FinancialQuarter> requested, DashboardFilter filter,
			Audience audience) {
		// the quarter is part of the name: the first page is asked for without one, the
		// others with the quarter it shows
		return this.views.quarter(unitCode, requested, audience)
			.map(quarter -> this.pages.shared(Summary.class, name(unitCode, quarter, filter), audience.key(),
					() -> summary(unitCode, quarter, filter, audience)));
	}

	private Summary summary(String unitCode, FinancialQuarter quarter, DashboardFilter filter, Audience audience) {
		UnitDashboard dashboard = this.views.dashboard(unitCode, Optional.of(quarter), filter, audience)
			// removed since its quarter was read: not kept
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<RiskSummary> held = heldToAppetite(dashboard, audience);
		return new Summary(dashboard, StatusBars.of(dashboard),
				dashboard.objectives().stream().map(o -> ObjectiveLine.of(dashboard, o)).toList(), held.size(),
				held.stream()
					.filter(RiskSummary::aboveAppetite)
					.sorted(Comparator.comparingInt(RiskSummary::aboveAppetiteBy)
						.reversed()
						.thenComparing(r -> r.risk().reference()))
					.toList(),
				new Markup());
	}

	/**
	 * The open risks of the unit's registers (and those of the units below it) held to
	 * their council's appetite.
	 */
	private List<RiskSummary> heldToAppetite(UnitDashboard dashboard, Audience audience) {
		if (!this.risks.appetiteOfCouncil(this.units.councilOf(dashboard.unit().id())).isSet()) {
			// no risk is held to an appetite the council has not set: the register is not
			// worked out for nothing
			return List.of();
		}
		Set<Long> within = this.units.subtreesOf(List.of(dashboard.unit().id()));
		return this.risks.register(new RiskFilter(null, null, null, null, null), audience)
			.stream()
			.filter(r -> within.contains(r.register().organisationUnitId()))
			.filter(RiskSummary::heldToAppetite)
			.toList();
	}

	// every field as typed, encoded, so that no two filters share a name: a blank owner
	// and none write the form differently
	private static String name(String unitCode, FinancialQuarter quarter, DashboardFilter filter) {
		return String.join("&", encoded(unitCode), quarter.label(), String.valueOf(filter.status()),
				String.valueOf(filter.direction()), encoded(filter.section()), encoded(filter.owner()),
				Boolean.toString(filter.updatedOnly()), Boolean.toString(filter.missingOnly()));
	}

	private static String encoded(String text) {
		// "~" is what the encoder never leaves as it is
		return (text == null) ? "~" : URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/**
	 * A dashboard's summary, the same on every page of its list.
	 *
	 * @param dashboard the unit's dashboard, with every line that matches the filter
	 * @param statusBars the chart of the units below, {@code null} when there are none
	 * @param objectives the lines of a council's table by objective or perspective
	 * @param riskHeldToAppetite how many open risks are held to the council's appetite
	 * @param risksAboveAppetite those above it, furthest above first
	 * @param markup what the page shows of it, written once
	 */
	record Summary(UnitDashboard dashboard, Chart statusBars, List<ObjectiveLine> objectives, int riskHeldToAppetite,
			List<RiskSummary> risksAboveAppetite, Markup markup) {
	}

	/**
	 * The summary's markup on the page, above the list and its filters, written by the
	 * first page of the list that shows it and kept with the summary it was written from,
	 * so that it is never taken for another version of the data or another audience. The
	 * PDF writes its own.
	 */
	static final class Markup {

		private volatile String html;

		/**
		 * @param write writes the markup, when no page has yet
		 */
		String written(java.util.function.Supplier<String> write) {
			String written = this.html;
			if (written == null) {
				// the pages that ask meanwhile wait for it rather than each write it
				synchronized (this) {
					if (this.html == null) {
						this.html = write.get();
					}
					written = this.html;
				}
			}
			return written;
		}

	}

}
