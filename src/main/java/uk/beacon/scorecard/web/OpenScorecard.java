package uk.beacon.scorecard.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.UriUtils;

import uk.beacon.indicator.Performance;
import uk.beacon.indicator.Target;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.scorecard.ScorecardView;
import uk.beacon.web.OpenData;

/**
 * A scorecard for one quarter as open data (JSON): what its public page shows, the
 * indicators not for publication left out, with the licence it is published under.
 *
 * @param licence the licence, by name and address
 * @param attribution the statement the licence asks reusers to include
 * @param scorecard the scorecard, its unit and council
 * @param period the quarter, like Q2 2019/20
 * @param periods every quarter with figures, oldest first: each is at {@code csv} and
 * this address with {@code ?period=} that quarter
 * @param page the scorecard's page for the quarter
 * @param csv the same table as CSV
 * @param sections the sections in order, each with its indicators in order
 */
record OpenScorecard(Licence licence, String attribution, About scorecard, String period, List<String> periods,
		String page, String csv, List<Section> sections) {

	record Licence(String name, String url) {
	}

	record About(String code, String name, String kind, Unit unit, Unit council) {
	}

	record Unit(String code, String name, String kind) {

		static Unit of(OrganisationUnit unit) {
			return new Unit(unit.code(), unit.name(), unit.kind().label().toLowerCase(Locale.ROOT));
		}

	}

	record Section(String title, String kind, List<Line> indicators) {
	}

	/**
	 * An indicator's line, as the scorecard's page and the CSV give it.
	 *
	 * @param page the indicator's page for the quarter
	 * @param target the target as printed, or "No target"
	 * @param targetFigure the target's figure, when it has one
	 * @param figure the figure as printed, {@code null} when there is none
	 * @param value the figure as a number
	 * @param numerator for a ratio, the count above the line
	 * @param denominator for a ratio, the count below it
	 * @param status the assessed status
	 * @param statusByTheRule the status the target and its tolerance give
	 * @param why the rule's explanation, with the numbers in it
	 * @param officersReason why the assessed status differs from the rule's
	 */
	record Line(String code, String title, String page, String unit, String polarity, String target,
			BigDecimal targetFigure, String figure, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
			boolean provisional, boolean estimated, String dataPeriod, String reportedIn, String status,
			String statusByTheRule, String why, String officersReason, String directionOfTravel,
			String directionExplained, boolean updatedThisQuarter, String owner) {

		static Line of(Performance p, String periodQuery) {
			Target target = (p.target() != null) ? p.target().target() : null;
			var m = p.measurement();
			return new Line(p.indicator().code(), p.indicator().title(),
					"/indicators/" + UriUtils.encodePathSegment(p.indicator().code(), StandardCharsets.UTF_8)
							+ periodQuery,
					p.indicator().unit().label(), p.indicator().polarity().describe(), p.formattedTarget(),
					(target != null) ? target.figure() : null, (p.value() != null) ? p.formattedValue() : null,
					p.value(), (m != null) ? m.numerator() : null, (m != null) ? m.denominator() : null,
					m != null && m.provisional(), m != null && m.estimated(),
					(m != null) ? m.dataPeriod().label() : null, (m != null) ? m.reportingPeriod().label() : null,
					p.assessed().label(), p.rule().status().label(), p.rule().explanation(), p.assessmentReason(),
					p.direction().direction().label(), p.direction().explanation(), p.updatedThisPeriod(),
					p.indicator().ownerName());
		}

	}

	/**
	 * @param trail the units from the council down to the scorecard's
	 */
	static OpenScorecard of(ScorecardView view, List<OrganisationUnit> trail) {
		String periodQuery = "?period=" + UriUtils.encodeQueryParam(view.period().label(), StandardCharsets.UTF_8);
		About about = new About(view.scorecard().code(), view.scorecard().name(),
				view.scorecard().kind().label().toLowerCase(Locale.ROOT), Unit.of(view.organisationUnit()),
				Unit.of(trail.isEmpty() ? view.organisationUnit() : trail.get(0)));
		List<Section> sections = view.sections()
			.stream()
			.map(s -> new Section(s.title(), s.kind().label(),
					s.rows().stream().map(p -> Line.of(p, periodQuery)).toList()))
			.toList();
		return new OpenScorecard(new Licence(OpenData.LICENCE, OpenData.LICENCE_URL), OpenData.ATTRIBUTION, about,
				view.period().label(), view.periods().stream().map(q -> q.label()).toList(),
				"/scorecards/" + view.scorecard().id() + periodQuery,
				address(view.scorecard().code(), "csv") + periodQuery, sections);
	}

	/** The stable address of a scorecard's open data, by its code. */
	static String address(String code, String extension) {
		return "/open-data/scorecards/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8) + "." + extension;
	}

}
